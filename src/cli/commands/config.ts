/** `leadlens config`: see and change settings (the name results are saved under). */
import { EXIT, UsageError } from '../../errors.js';
import { CONFIG_KEYS, configPath, readConfig, writeConfig, type ConfigKey } from '../../store/config.js';
import { configDir } from '../../store/paths.js';
import { inert } from '../../text/inert.js';
import { say, write, type CliContext } from '../context.js';

const USAGE = 'leadlens config [get <key> | set <key> <value> | unset <key>]; keys: name';

function keyOf(key: string | undefined): ConfigKey {
  if (key !== undefined && (CONFIG_KEYS as readonly string[]).includes(key)) return key as ConfigKey;
  throw new UsageError(`config: ${key === undefined ? 'name a setting' : `no setting "${key}"`}; ${USAGE}`);
}

export async function config(args: string[], _options: object, ctx: CliContext): Promise<number> {
  const dir = configDir(ctx.env);
  const settings = readConfig(dir, (path, reason) => say(ctx, `ignoring a damaged settings file ${path}: ${reason}`));
  const [action, key, ...values] = args;
  if (action === undefined) {
    const name = settings.name
      ? inert(settings.name)
      : settings.name === ''
        ? '(none given; not asked again)'
        : '(not set)';
    await write(ctx.stdout, `name: ${name}\n`);
    say(ctx, `settings are kept in ${configPath(dir)}; change one with: leadlens config set name "Sam Lee"`);
    return EXIT.ok;
  }
  if (action === 'get') {
    const name = keyOf(key);
    const value = settings[name];
    // Nothing on stdout when unset, so a script reads an empty value; exit 1 is kept for thresholds.
    if (value) await write(ctx.stdout, `${value}\n`);
    else say(ctx, `${name} is not set`);
    return EXIT.ok;
  }
  if (action === 'set') {
    const name = keyOf(key);
    const value = values.join(' ').trim();
    if (!value) throw new UsageError(`config set ${name}: give a value, such as: leadlens config set name "Sam Lee"`);
    writeConfig(dir, { ...settings, [name]: value });
    say(ctx, `${name} set to "${inert(value)}"; results are saved under it`);
    return EXIT.ok;
  }
  if (action === 'unset') {
    const name = keyOf(key);
    const { [name]: _, ...rest } = settings;
    writeConfig(dir, rest);
    say(ctx, `${name} unset; the next assessment from the menu asks for it`);
    return EXIT.ok;
  }
  throw new UsageError(`config: unknown action "${action}"; ${USAGE}`);
}
