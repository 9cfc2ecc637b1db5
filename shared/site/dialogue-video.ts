/**
 * A dialogue's live video: the URL the officer gave is embedded only when its host is on the allow-list
 * (DIALOGUE_VIDEO_HOSTS, the same list the site's CSP frame-src names). Watch links become the host's
 * embed address (YouTube through youtube-nocookie.com, Facebook through its video plugin), so a pasted
 * watch link plays in the frame.
 */
/**
 * The hosts allowed by default (DIALOGUE_VIDEO_HOSTS overrides it for the API; the site's CSP frame-src is
 * built from this list at deployment, so a host added to one must be added to the other).
 */
export const DEFAULT_DIALOGUE_VIDEO_HOSTS = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
  'www.facebook.com',
  'facebook.com',
] as const;

export function videoHostAllowed(url: string, allowedHosts: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && allowedHosts.includes(parsed.hostname.toLowerCase());
  } catch {
    return false;
  }
}

const youtubeId = /^[A-Za-z0-9_-]{6,20}$/;

/** The address to put in the frame, or undefined when the URL is not one the page may embed. */
export function embedUrlOf(url: string, allowedHosts: readonly string[]): string | undefined {
  if (!videoHostAllowed(url, allowedHosts)) return undefined;
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const fromPath = parsed.pathname.match(/^\/(?:embed|live|shorts)\/([^/?#]+)/)?.[1];
    const id = fromPath ?? parsed.searchParams.get('v') ?? undefined;
    return id && youtubeId.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : undefined;
  }
  if (host === 'facebook.com') {
    if (parsed.pathname.startsWith('/plugins/video.php')) return parsed.toString();
    return `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(parsed.toString())}`;
  }
  return parsed.toString();
}
