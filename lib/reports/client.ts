import { createHmac } from "node:crypto";
import ipaddr from "ipaddr.js";

/**
 * Which addresses in front of the server are proxies the site trusts to write X-Forwarded-For.
 * Default: none, so a client cannot pick its own identity by sending the header.
 */
export interface TrustedProxies {
  /** How many proxies, counted from the connection's peer, sit in front of the server. */
  hops: number;
  /** Ranges (CIDR) whose addresses are trusted proxies wherever they appear in the chain. */
  ranges: ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

/** REPORTS_TRUSTED_PROXY_HOPS (a whole number, default 0) and REPORTS_TRUSTED_PROXIES (CIDRs, comma-separated). */
export function trustedProxiesFromEnv(env: Record<string, string | undefined> = process.env): TrustedProxies {
  const hops = Number(env.REPORTS_TRUSTED_PROXY_HOPS ?? 0);
  if (!Number.isInteger(hops) || hops < 0) {
    throw new Error(`REPORTS_TRUSTED_PROXY_HOPS must be a whole number, got "${env.REPORTS_TRUSTED_PROXY_HOPS}"`);
  }
  const ranges = (env.REPORTS_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((cidr) => {
      try {
        return ipaddr.parseCIDR(
          cidr.includes("/") ? cidr : `${cidr}/${ipaddr.parse(cidr).kind() === "ipv4" ? 32 : 128}`,
        );
      } catch {
        throw new Error(`REPORTS_TRUSTED_PROXIES: "${cidr}" is not an address or a CIDR range`);
      }
    });
  return { hops, ranges };
}

/** An address as ipaddr.js parses it, IPv4-mapped IPv6 (::ffff:1.2.3.4, as Node reports IPv4 peers) as IPv4. */
function parse(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.trim().replace(/^\[(.*)\](?::\d+)?$/, "$1");
  if (!ipaddr.isValid(bare)) return null;
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv6" && parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress()) {
    return parsed.toIPv4Address();
  }
  return parsed;
}

function inRanges(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: TrustedProxies["ranges"]): boolean {
  return ranges.some(([range, bits]) => {
    if (address instanceof ipaddr.IPv4 && range instanceof ipaddr.IPv4) return address.match(range, bits);
    if (address instanceof ipaddr.IPv6 && range instanceof ipaddr.IPv6) return address.match(range, bits);
    return false;
  });
}

/**
 * The client's address: the connection's peer, unless it is a trusted proxy; then the right-most entry
 * of X-Forwarded-For that is not one. Entries left of it were written by whoever sent the request and
 * are never read. Null when the peer is unknown or the chain holds something that is not an address.
 */
export function clientAddress(peer: string | null, forwardedFor: string | null, trust: TrustedProxies): string | null {
  if (peer === null) return null;
  const chain = [...(forwardedFor ?? "").split(",").filter((s) => s.trim() !== ""), peer];
  for (let i = chain.length - 1, fromPeer = 0; i >= 0; i--, fromPeer++) {
    const address = parse(chain[i] ?? "");
    if (address === null) return null;
    const trusted = fromPeer < trust.hops || inRanges(address, trust.ranges);
    if (!trusted || i === 0) return address.toNormalizedString();
  }
  return null;
}

/**
 * What one client is: an IPv4 address, or an IPv6 address's /64 — one household's or phone's network,
 * which hands its devices any address inside it.
 */
export function clientGroup(address: string): string {
  const parsed = parse(address);
  if (parsed === null) throw new Error(`not an IP address: ${address}`);
  if (parsed instanceof ipaddr.IPv4) return parsed.toString();
  const parts = parsed.toNormalizedString().split(":").slice(0, 4);
  return `${parts.join(":")}::/64`;
}

/** The stored key of a client: an HMAC of its group under the day's salt, so no address is kept. */
export function clientKey(address: string, salt: string): string {
  return createHmac("sha256", salt).update(clientGroup(address)).digest("base64url");
}
