/**
 * How the user started leadlens, so that the commands a message suggests can be typed as they are:
 * under `npm start` in this package, `npm start -- take …` (there is no `leadlens` on the PATH);
 * otherwise `leadlens take …`.
 */
export function invocation(env: NodeJS.ProcessEnv): string {
  return env.npm_lifecycle_event === 'start' && env.npm_package_name === 'leadlens' ? 'npm start --' : 'leadlens';
}

const COMMANDS = 'take|score|360|history|compare|trend|show|template|list|validate|schema|init|config|help|completion';
// "leadlens take", never the "leadlens:" that starts every message.
const MENTION = new RegExp(`\\bleadlens (?=(?:${COMMANDS})\\b)`, 'g');

/** `text` with every suggested command written the way this run was started. */
export function asStarted(env: NodeJS.ProcessEnv, text: string): string {
  const how = invocation(env);
  return how === 'leadlens' ? text : text.replace(MENTION, `${how} `);
}
