/**
 * The bounded contexts' Hono apps, by the name the gateway serves them under (`/api/<context>/…`): one
 * list for the local stack and for the property-based route test, which fuzzes every route of every app
 * here. Loaded on demand, after the environment is set, as Lambda loads a handler into a configured
 * runtime.
 */
export async function loadContextApps() {
  const [{ contentApp }, { gazetteApp }, { feedbackApp }] = await Promise.all([
    import('#functions/content/app.ts'),
    import('#functions/gazette/app.ts'),
    import('#functions/feedback/app.ts'),
  ]);
  // Online dialogues, served under /api/dialogues (the gateway's key is the URL segment).
  const { dialogueApp } = await import('#functions/dialogue/app.ts');
  return { content: contentApp, gazette: gazetteApp, feedback: feedbackApp, dialogues: dialogueApp };
}
