/**
 * How large a request body may be. JSON bodies are small: files go straight to S3 by presigned URL,
 * never through the API. The public forms that work with JavaScript off carry their files in the post,
 * so they get more (the form's own rules then hold the files to their stated limits).
 */
export const MAX_JSON_BODY_BYTES = 512 * 1024;

/** The form posts that carry files, by full path, with their limit. */
export const formsWithFiles: ReadonlyMap<string, number> = new Map([
  // Feedback: 3 attachments, 4 MB together, plus the form's text and multipart framing.
  ['/api/feedback/submissions', 5 * 1024 * 1024],
]);

export function bodyLimitOf(path: string): number {
  return formsWithFiles.get(path) ?? MAX_JSON_BODY_BYTES;
}
