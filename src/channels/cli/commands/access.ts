import type { Command } from 'commander';
import { accessService, DEFAULT_ROLES, rolesOf } from '../../../service/access.ts';
import { loadRunConfig } from '../options.ts';

const DB_OPTION = [
  '--db <url-or-file>',
  'postgres:// URL or SQLite file (default: DATABASE_URL, else kempt.db)',
] as const;

async function withAccess<T>(
  db: string | undefined,
  configFile: string | undefined,
  fn: (access: ReturnType<typeof accessService>) => Promise<T>,
) {
  const { config } = loadRunConfig(configFile);
  const { openStore } = await import('../../../store/db.ts');
  const store = await openStore(db ? { url: db } : {});
  try {
    return await fn(accessService(store.db, rolesOf(config.roles)));
  } finally {
    await store.close();
  }
}

export function userCommand(program: Command): void {
  const user = program.command('user').description('Users of the service (each has a role)');
  user
    .command('add')
    .description(`Add a user with a role: ${Object.keys(DEFAULT_ROLES).join(', ')}, or one of the config's`)
    .argument('<name>', 'a name (an email address, a team, an integration)')
    .requiredOption('--role <role>', 'what the user may do')
    .option(...DB_OPTION)
    .option(
      '--config <file>',
      'the config whose roles count (default: kempt.config.yaml here, else the shipped one)',
    )
    .action(async (name: string, flags: { role: string; db?: string; config?: string }) => {
      await withAccess(flags.db, flags.config, (access) => access.addUser(name, flags.role));
      process.stdout.write(`Added ${name} (${flags.role}).\n`);
    });
}

export function keyCommand(program: Command): void {
  const key = program.command('key').description('API keys of the service');
  key
    .command('create')
    .description('Create an API key for a user; it is shown once, only its hash is kept')
    .requiredOption('--user <name>', 'whose key')
    .option(...DB_OPTION)
    .action(async (flags: { user: string; db?: string }) => {
      const secret = await withAccess(flags.db, undefined, (access) => access.createKey(flags.user));
      process.stdout.write(`${secret}\n`);
      if (process.stderr.isTTY)
        process.stderr.write('Keep it now: kempt does not store it and cannot show it again.\n');
    });
}
