/** The kempt binary: wires the commands, maps every error to a message and an exit code. */

import { Command, CommanderError } from 'commander';
import { describeLocation, isKemptError } from '../../errors.ts';
import { KEMPT_VERSION } from '../../version.ts';
import { keyCommand, userCommand } from './commands/access.ts';
import { auditCommand } from './commands/audit.ts';
import { cleanCommand } from './commands/clean.ts';
import { configCommand } from './commands/config.ts';
import { dedupeCommand, trainCommand } from './commands/dedupe.ts';
import { demoCommand } from './commands/demo.ts';
import { generateCommand } from './commands/generate.ts';
import { importCommand, undoCommand } from './commands/import.ts';
import { rulesCommand } from './commands/rules.ts';
import { serveCommand } from './commands/serve.ts';
import { verifyCommand } from './commands/verify.ts';
import { EXIT, EXIT_FOR_ERROR } from './exit-codes.ts';

export async function main(argv: readonly string[]): Promise<number> {
  // `kempt audit big.csv | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command()
    .name('kempt')
    .description('Keep CRM data clean: audit, standardize, verify and deduplicate contacts.')
    .version(KEMPT_VERSION)
    .exitOverride()
    .showHelpAfterError('(run kempt --help or kempt <command> --help)');
  auditCommand(program, setExit);
  cleanCommand(program);
  verifyCommand(program);
  generateCommand(program);
  demoCommand(program);
  configCommand(program, setExit);
  rulesCommand(program);
  dedupeCommand(program);
  trainCommand(program);
  serveCommand(program);
  importCommand(program);
  undoCommand(program);
  userCommand(program);
  keyCommand(program);
  try {
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed the message (or the help / version).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (isKemptError(error)) {
    const where = describeLocation(error.location);
    const message =
      where && !error.message.includes(where) ? `${error.message}\n  at ${where}` : error.message;
    process.stderr.write(`kempt: ${message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    return EXIT_FOR_ERROR[error.code];
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE') return EXIT.ok;
  const detail = process.env.KEMPT_DEBUG
    ? ((error as Error)?.stack ?? String(error))
    : (error as Error)?.message;
  process.stderr.write(
    `kempt: internal error (${detail}). Please report it with the command you ran; KEMPT_DEBUG=1 shows the trace.\n`,
  );
  return EXIT.internal;
}
