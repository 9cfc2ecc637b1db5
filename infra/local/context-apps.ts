/**
 * The bounded contexts' Hono apps, by the name the gateway serves them under (`/api/<context>/…`): one
 * list for the local stack and for the property-based route test, which fuzzes every route of every app
 * here. Loaded on demand, after the environment is set, as Lambda loads a handler into a configured
 * runtime.
 */
export async function loadContextApps() {
  const [{ contentApp }, { gazetteApp }, { feedbackApp }, { consultationApp }, { dialogueApp }] =
    await Promise.all([
      import('#functions/content/app.ts'),
      import('#functions/gazette/app.ts'),
      import('#functions/feedback/app.ts'),
      import('#functions/consultation/app.ts'),
      import('#functions/dialogue/app.ts'),
    ]);
  return {
    content: contentApp,
    gazette: gazetteApp,
    feedback: feedbackApp,
    consultations: consultationApp,
    dialogues: dialogueApp,
  };
}
