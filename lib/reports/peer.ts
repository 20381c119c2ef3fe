import { randomBytes } from "node:crypto";
import http from "node:http";

/** The header the server writes on every incoming request: a per-process secret, a space, the peer address. */
export const PEER_HEADER = "x-reports-peer";

declare global {
  // On globalThis: instrumentation.ts and the route handlers are bundled apart, but share the process.
  var reportsPeerSecret: string | undefined;
}

/**
 * Route handlers see a web Request, which has no peer address, and `next start` offers no documented way
 * to read the socket (Next only copies it into X-Forwarded-For when the client sent none, so a client
 * that sends one picks its own). `next start` serves from the process that runs instrumentation.ts, so
 * this wraps the HTTP servers' "request" event there: every request gets the socket's address in
 * PEER_HEADER, replacing whatever the client sent, tagged with a secret that never leaves the process.
 * A handler that does not find the secret (the hook is not installed) identifies nobody.
 */
export function installPeerStamp(): void {
  if (globalThis.reportsPeerSecret) return;
  const secret = randomBytes(18).toString("base64url");
  globalThis.reportsPeerSecret = secret;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    const request = args[0];
    if (event === "request" && request instanceof http.IncomingMessage) {
      request.headers[PEER_HEADER] = `${secret} ${request.socket.remoteAddress ?? ""}`;
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
}

/** The connection's peer address as the server saw it, or null when the request did not pass the hook. */
export function peerAddress(headers: Headers, secret = globalThis.reportsPeerSecret): string | null {
  const value = headers.get(PEER_HEADER);
  if (!secret || !value) return null;
  const [tag, address] = value.split(" ");
  return tag === secret && address ? address : null;
}
