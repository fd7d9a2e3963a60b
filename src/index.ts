/** `npm start`: the server on the configured store (embedded by default), seeded when empty. */
import 'reflect-metadata';
import { loadConfig, ConfigError } from './config';
import { startFromConfig } from './app';

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
  process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
