/**
 * The AWS SDK warns on every start that its releases after January 2027 need Node 22. Lambda runs
 * Node 22; local tooling runs on the Node 20 of the developer machines, so the local entry points turn
 * the notice off with the SDK's own switch. Imported first by them; other warnings still print.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
