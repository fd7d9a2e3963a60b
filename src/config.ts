/**
 * The only reader of process.env. Everything else receives a typed, validated Config.
 */
import { join, resolve } from 'node:path';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  production: boolean;
  /** Set when NEO4J_URI is set: Neo4j is the store. Otherwise the embedded store. */
  neo4j: Neo4jConfig | undefined;
  /** Folder of the embedded database file (KG_DATA_DIR, default ./data). */
  dataDir: string;
  /** The embedded database file inside dataDir. */
  dataFile: string;
  /** Articles seeded into an empty store at start-up (KG_SEED_DIR, default ./seed/articles). */
  seedDir: string;
  /** Largest article file the seeder accepts, in bytes (KG_MAX_ARTICLE_BYTES, default 1 MiB). */
  maxArticleBytes: number;
  /** Seed an empty store at start-up (KG_SEED_ON_START, default true). */
  seedOnStart: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  let neo4j: Neo4jConfig | undefined;
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}"`);
    }
    neo4j = {
      uri,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE?.trim() || undefined,
    };
  }
  const dataDir = resolve(env.KG_DATA_DIR?.trim() || 'data');
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    neo4j,
    dataDir,
    dataFile: join(dataDir, 'kg.grafeo'),
    seedDir: resolve(env.KG_SEED_DIR?.trim() || join('seed', 'articles')),
    maxArticleBytes: integer(env, 'KG_MAX_ARTICLE_BYTES', 1024 * 1024, 1, 1024 * 1024 * 1024),
    seedOnStart: flag(env, 'KG_SEED_ON_START', true),
  };
}
