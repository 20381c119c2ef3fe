import { describe, expect, it } from "vitest";
import { clientAddress, clientGroup, clientKey, trustedProxiesFromEnv } from "../../lib/reports/client";
import { PEER_HEADER, peerAddress } from "../../lib/reports/peer";

const none = trustedProxiesFromEnv({});

describe("clientAddress", () => {
  it("is the connection's peer by default, whatever X-Forwarded-For the client writes", () => {
    expect(clientAddress("203.0.113.7", null, none)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "198.51.100.1, 192.0.2.5", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:127.0.0.1", "10.0.0.1", none)).toBe("127.0.0.1");
    expect(clientAddress(null, "198.51.100.1", none)).toBeNull();
  });

  it("with trusted hops, takes the entry that many proxies left of the peer, never further", () => {
    const oneProxy = trustedProxiesFromEnv({ REPORTS_TRUSTED_PROXY_HOPS: "1" });
    // The proxy appended the address it saw; anything left of it was written by the client.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", oneProxy)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.2", null, oneProxy)).toBe("10.0.0.2");
    const twoProxies = trustedProxiesFromEnv({ REPORTS_TRUSTED_PROXY_HOPS: "2" });
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.9", twoProxies)).toBe("203.0.113.7");
  });

  it("with trusted ranges, takes the right-most entry outside them", () => {
    const ranges = trustedProxiesFromEnv({ REPORTS_TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8::/32" });
    expect(clientAddress("10.1.2.3", "6.6.6.6, 203.0.113.7, 10.9.9.9", ranges)).toBe("203.0.113.7");
    expect(clientAddress("2001:db8::1", "2001:db8::2, 2a00:1450::5", ranges)).toBe("2a00:1450:0:0:0:0:0:5");
    // A peer outside the ranges did not come through the proxies: its X-Forwarded-For is not read.
    expect(clientAddress("198.51.100.4", "203.0.113.7", ranges)).toBe("198.51.100.4");
    // Every entry trusted: the left-most is as far as anyone can tell.
    expect(clientAddress("10.1.2.3", "10.2.2.2", ranges)).toBe("10.2.2.2");
  });

  it("refuses a chain it would have to read through that holds something other than an address", () => {
    const oneProxy = trustedProxiesFromEnv({ REPORTS_TRUSTED_PROXY_HOPS: "1" });
    expect(clientAddress("10.0.0.2", "not-an-ip", oneProxy)).toBeNull();
  });

  it("refuses a bad configuration at start rather than trusting too much", () => {
    expect(() => trustedProxiesFromEnv({ REPORTS_TRUSTED_PROXY_HOPS: "-1" })).toThrow(/whole number/);
    expect(() => trustedProxiesFromEnv({ REPORTS_TRUSTED_PROXIES: "10.0.0.0/99" })).toThrow(/CIDR/);
  });
});

describe("clientGroup and clientKey", () => {
  it("groups IPv6 by its /64 and keeps IPv4 as it is", () => {
    expect(clientGroup("2a02:6b8:c0e:500:1:2:3:4")).toBe("2a02:6b8:c0e:500::/64");
    expect(clientGroup("2a02:6b8:c0e:500::99")).toBe("2a02:6b8:c0e:500::/64");
    expect(clientGroup("2a02:6b8:c0e:501::1")).toBe("2a02:6b8:c0e:501::/64");
    expect(clientGroup("::ffff:192.0.2.1")).toBe("192.0.2.1");
  });

  it("gives one key per group and salt, and never contains the address", () => {
    const a = clientKey("2a02:6b8:c0e:500:1:2:3:4", "salt-1");
    expect(clientKey("2a02:6b8:c0e:500:ffff::1", "salt-1")).toBe(a);
    expect(clientKey("2a02:6b8:c0e:500:1:2:3:4", "salt-2")).not.toBe(a);
    expect(clientKey("192.0.2.1", "salt-1")).not.toContain("192");
  });
});

describe("peerAddress", () => {
  it("reads the stamped peer only with the process's secret, so a client cannot send its own", () => {
    const headers = new Headers({ [PEER_HEADER]: "secret-1 203.0.113.7" });
    expect(peerAddress(headers, "secret-1")).toBe("203.0.113.7");
    expect(peerAddress(headers, "other")).toBeNull();
    expect(peerAddress(headers, undefined)).toBeNull();
    expect(peerAddress(new Headers(), "secret-1")).toBeNull();
  });
});
