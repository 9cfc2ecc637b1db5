import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { core, ZodType } from 'zod';
import * as z from 'zod';
import { $ZodError } from 'zod/v4/core';
// The two locales by name: `z.locales.en` would bundle all of zod's fifty locales into every function.
import en from 'zod/v4/locales/en.js';
import vi from 'zod/v4/locales/vi.js';
import { errors, type FieldError } from '#shared/domain/errors.ts';
import { normalizeDeep } from '#shared/text/vietnamese.ts';

type ZodIssue = core.$ZodIssue;

const englishMessages = en().localeError;
const vietnameseMessages = vi().localeError;

function localized(map: typeof englishMessages, issue: ZodIssue): string | undefined {
  // The locale maps take the raw issue; the final issue carries every field they read.
  const result = map(issue as Parameters<typeof englishMessages>[0]);
  return typeof result === 'string' ? result : result?.message;
}

const bilingualMessage = z.object({ vi: z.string(), en: z.string() });

function schemaMessage(message: string): { vi: string; en: string } | undefined {
  try {
    const parsed = bilingualMessage.safeParse(JSON.parse(message));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Field errors in both languages. Schema-specific messages are written with `bilingual()`; zod's generic
 * ones come from its Vietnamese and English locales.
 */
export function fieldErrorsFromZod(error: core.$ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(body)';
    const own = schemaMessage(issue.message);
    if (own) return { path, messageVi: own.vi, messageEn: own.en };
    return {
      path,
      messageVi: localized(vietnameseMessages, issue) ?? issue.message,
      messageEn: localized(englishMessages, issue) ?? issue.message,
    };
  });
}

export type DeclaredInput = { target: keyof ValidationTargets; schema: ZodType };
const declaredInputs = new WeakMap<object, DeclaredInput>();

/**
 * The input a route declared with validate(), found from the middleware in the app's route list: the
 * property-based route test reads the schemas from the apps this way, so a new route is covered without
 * being listed anywhere.
 */
export function declaredInputOf(handler: unknown): DeclaredInput | undefined {
  return typeof handler === 'function' ? declaredInputs.get(handler) : undefined;
}

/**
 * @hono/zod-validator, wrapped once so that every failure becomes the same 400 problem document. Every
 * string of the input is normalized (normalizeText: line ends, control characters, NFC) before the schema
 * sees it, so what the schema accepts is what is stored and what the pages and feeds render.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  const middleware = zValidator(target, z.preprocess(normalizeDeep, schema), (result) => {
    if (result.success) return;
    throw errors.validation(result.error instanceof $ZodError ? fieldErrorsFromZod(result.error) : []);
  });
  declaredInputs.set(middleware, { target, schema });
  return middleware;
}
