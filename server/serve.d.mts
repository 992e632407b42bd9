// Types for server/serve.mjs (TypeScript does not check the .mjs files themselves).
export declare const DEFAULT_PORT: number;
export declare const DEFAULT_HOST: string;
export interface ServerOptions {
  /** 0 picks a free port. */
  port?: number;
  dir?: string;
  host?: string;
  /** Also serve the development pages (bench.html): for npm run bench only. */
  devPages?: boolean;
  /** Open sockets allowed at once (LIMITS.maxConnections by default). */
  maxConnections?: number;
}
export declare const LIMITS: Readonly<{
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  checkIntervalMs: number;
  maxConnections: number;
}>;
export interface RunningServer {
  /** e.g. http://127.0.0.1:4173 (no trailing slash) */
  url: string;
  port: number;
  close: () => Promise<void>;
}
export declare function startServer(options?: ServerOptions): Promise<RunningServer>;
export declare function parseServeArgs(
  argv?: string[],
  env?: Record<string, string | undefined>,
): Required<Pick<ServerOptions, 'port' | 'dir' | 'host'>>;
export declare function serveFromCommandLine(argv?: string[]): Promise<void>;
