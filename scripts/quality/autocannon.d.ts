/** The part of autocannon's API the load check and the reports benchmark use (the package ships no types). */
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p99: number; min: number; max: number };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    /** Each connection cycles through these in order. */
    requests?: Array<{
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      setupRequest?: (request: { body?: string }) => { body?: string };
      onResponse?: (status: number, body: string) => void;
    }>;
  };
  type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
