/** `npm start`: the server on the configured store (embedded by default), seeded when empty. */
import 'reflect-metadata';
import { loadConfig, ConfigError } from './config';
import { startFromConfig } from './app';
import { InputError } from './seeder/sources';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
startFromConfig(config).catch((error: unknown) => {
  // Bad input (a missing seed folder, say) is the user's to fix: one line. Anything else is a bug: the stack.
  const expected = error instanceof InputError || error instanceof ConfigError;
  const text = error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
  process.stderr.write(`error: ${text}\n`);
  process.exit(1);
});
