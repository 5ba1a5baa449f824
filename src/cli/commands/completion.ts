/**
 * `leadlens completion bash|zsh|fish`: a completion script made from the program itself, so every
 * command and option is offered as declared; bank ids come from `leadlens list -f ids` as you type
 * (your own banks included), and formats from the one list of format names.
 */
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import { EXIT, UsageError } from '../../errors.js';
import { FORMAT_NAMES } from '../../report/formatNames.js';
import { write, type CliContext } from '../context.js';
import { buildProgram } from '../program.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** Options whose value is a bank; a file path; a format. */
const BANK_OPTIONS = ['-b', '--bank'];
const FILE_OPTIONS = [
  '-a',
  '--answers',
  '-o',
  '--out',
  '--csv',
  '--self',
  '--observers',
  '--map',
  '--save-map',
  '--data-dir',
  '--bank-dir',
];
const FORMAT_OPTIONS = ['-f', '--format'];
/** Commands whose arguments are banks. */
const BANK_ARGS = ['take', 'show', 'template'];

interface Spec {
  name: string;
  description: string;
  options: { flags: string[]; long?: string; short?: string; description: string; takesValue: boolean }[];
}

function specs(ctx: CliContext): Spec[] {
  const program = buildProgram(ctx, () => {}) as unknown as CommandUnknownOpts;
  return program.commands.map((command) => ({
    name: command.name(),
    description: command.description(),
    options: command.options.map((o) => ({
      flags: [o.short, o.long].filter((f): f is string => Boolean(f)),
      long: o.long,
      short: o.short,
      description: o.description,
      takesValue: o.required || o.optional,
    })),
  }));
}

const words = (list: readonly string[]) => list.join(' ');

function bash(commands: Spec[]): string {
  const cases = commands
    .map((c) => `    ${c.name}) opts="${words(c.options.flatMap((o) => o.flags))} --help" ;;`)
    .join('\n');
  return `# leadlens completion for bash: add to ~/.bashrc, or save as
# ~/.local/share/bash-completion/completions/leadlens
_leadlens() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}" opts=""
  case "$prev" in
    ${BANK_OPTIONS.join('|')}) COMPREPLY=($(compgen -W "$(leadlens list -f ids 2>/dev/null)" -f -- "$cur")); return ;;
    ${FORMAT_OPTIONS.join('|')}) COMPREPLY=($(compgen -W "${words(FORMAT_NAMES)}" -- "$cur")); return ;;
    ${FILE_OPTIONS.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${words(commands.map((c) => c.name))} --help --version" -- "$cur")); return
  fi
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); return; fi
  case "$cmd" in
    ${BANK_ARGS.join('|')}) COMPREPLY=($(compgen -W "$(leadlens list -f ids 2>/dev/null)" -f -- "$cur")) ;;
    *) COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
}
complete -o filenames -F _leadlens leadlens
`;
}

function zsh(commands: Spec[]): string {
  // zsh runs the bash function through its bash-completion layer: one script to keep right. Its
  // arrays count from 1, so the function runs with bash's numbering (ksharrays).
  const body = bash(commands)
    .split('\n')
    .slice(2)
    .join('\n')
    .replace('complete -o filenames -F _leadlens leadlens', 'complete -o filenames -F _leadlens_zsh leadlens');
  return `# leadlens completion for zsh: add to ~/.zshrc
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
_leadlens_zsh() { setopt localoptions ksharrays; _leadlens "$@"; }
${body}`;
}

const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(commands: Spec[]): string {
  const lines = [
    '# leadlens completion for fish: save as ~/.config/fish/completions/leadlens.fish',
    'complete -c leadlens -f',
    ...commands.map(
      (c) =>
        `complete -c leadlens -n __fish_use_subcommand -a ${c.name} -d ${fishQuote(c.description.split('\n')[0]!)}`,
    ),
  ];
  for (const c of commands) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    if (BANK_ARGS.includes(c.name)) lines.push(`complete -c leadlens ${when} -a '(leadlens list -f ids 2>/dev/null)'`);
    for (const o of c.options) {
      const names = [o.long ? `-l ${o.long.slice(2)}` : '', o.short ? `-s ${o.short.slice(1)}` : ''].filter(Boolean);
      const value = !o.takesValue
        ? ''
        : o.flags.some((f) => BANK_OPTIONS.includes(f))
          ? " -r -a '(leadlens list -f ids 2>/dev/null)'"
          : o.flags.some((f) => FORMAT_OPTIONS.includes(f))
            ? ` -r -a ${fishQuote(words(FORMAT_NAMES))}`
            : ' -r -F';
      lines.push(`complete -c leadlens ${when} ${names.join(' ')}${value} -d ${fishQuote(o.description)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function completion(args: string[], _options: object, ctx: CliContext): Promise<number> {
  const shell = args[0] as (typeof SHELLS)[number];
  if (!SHELLS.includes(shell)) throw new UsageError(`completion: expected ${SHELLS.join(', ')}, got "${args[0]}"`);
  const commands = specs(ctx);
  await write(ctx.stdout, shell === 'bash' ? bash(commands) : shell === 'zsh' ? zsh(commands) : fish(commands));
  return EXIT.ok;
}
