import * as z from 'zod';

/**
 * RFC 9457 problem details, as every API of the portal answers an error. `title` is Vietnamese (the
 * portal's first language), `titleEn` English; `errors` lists each invalid field by its path. Servers build
 * it in shared/http/problem.ts; the admin SPA and the tests parse it with this schema.
 */
export const fieldProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

export const problemDocumentSchema = z.object({
  type: z.string(),
  title: z.string(),
  titleEn: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(fieldProblemSchema).optional(),
  correlationId: z.string().optional(),
});
export type ProblemDocument = z.infer<typeof problemDocumentSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
