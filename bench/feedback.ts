import autocannon from 'autocannon';
import { feedbackIdByCode, getFeedbackTotals } from '#shared/data/feedback.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { createFeedbackTopic } from '#shared/feedback/topics.ts';
import type { LocalStack } from '../infra/local/stack.ts';
import { cpuMeter } from './cpu.ts';

/**
 * Public submissions of citizens' feedback through the local gateway, with a load generator (autocannon):
 * submissions per second, latency, and afterwards a count showing that every accepted submission is stored
 * exactly once and every refused one was a rate limit (429). Each run sends a fixed number of posts (so no
 * post is left in flight when it is counted), after a few unmeasured ones that warm the engines. Two runs:
 * - many citizens: each request from its own address and contact, so none is rate-limited;
 * - one sender: every request from one address, so after the limit every post must be 429.
 * The stack takes the address from X-Forwarded-For (`trustForwardedFor`), as API Gateway's sourceIp on AWS.
 */
export type SubmissionRun = {
  scenario: 'many-citizens' | 'one-sender';
  /** Wall-clock seconds the run took. */
  seconds: number;
  connections: number;
  requests: number;
  accepted: number;
  rateLimited: number;
  otherStatuses: Record<string, number>;
  perSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  cpuSeconds: number;
  acceptedPerCpuSecond: number;
  storedExactlyOnce: boolean;
  storedCount: number;
};

const topic = 'bench-linh-vuc';

function body(index: number, tag: string): string {
  return new URLSearchParams({
    kind: 'phan-anh',
    topicSlug: topic,
    title: `Phản ánh thử tải số ${index} (${tag})`,
    content: `Nội dung phản ánh thử tải số ${index}: đèn đường trên tuyến phố chính không sáng vào buổi tối, đề nghị kiểm tra.`,
    name: 'Người gửi thử tải',
    address: 'Phường Đồng Hới, tỉnh Quảng Trị',
    email: `tai.${tag}.${index}@example.vn`,
    consent: 'yes',
    consentNoticeVersion: '2026-12-01',
    website: '',
  }).toString();
}

async function run(
  stack: LocalStack,
  scenario: SubmissionRun['scenario'],
  options: { requests: number; connections: number },
): Promise<SubmissionRun> {
  const tag = `${scenario}-${Date.now().toString(36)}`;
  const codes: string[] = [];
  let sequence = 0;
  const before = (await getFeedbackTotals()).received;
  const stopMeter = cpuMeter();
  const result = await autocannon({
    url: `${stack.url}/api/feedback/submissions`,
    connections: options.connections,
    amount: options.requests,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          sequence += 1;
          const address =
            scenario === 'many-citizens'
              ? `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`
              : '10.255.255.1';
          return {
            ...request,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              accept: 'application/json',
              'x-forwarded-for': address,
            },
            body: body(sequence, tag),
          };
        },
        onResponse: (status, responseBody) => {
          if (status === 201) codes.push(JSON.parse(responseBody).code);
        },
      },
    ],
  });
  const reading = stopMeter();
  // The load generator runs in this process too: its CPU is counted with the server's.
  const cpuSeconds = reading.nodeCpuSeconds + (reading.childCpuSeconds ?? 0);
  const statuses: Record<string, number> = {};
  for (const [status, count] of Object.entries(result.statusCodeStats ?? {}))
    statuses[status] = count.count ?? 0;
  const accepted = statuses['201'] ?? 0;
  const rateLimited = statuses['429'] ?? 0;
  const { '201': _a, '429': _r, ...otherStatuses } = statuses;
  // Every accepted submission is in the table once: the counter moved by as many, and each code is its own item.
  const stored = (await getFeedbackTotals()).received - before;
  const owners = await Promise.all(codes.map((code) => feedbackIdByCode(code)));
  const distinct = new Set(owners.filter(Boolean)).size;
  return {
    scenario,
    seconds: result.duration,
    connections: options.connections,
    requests: result.requests.total,
    accepted,
    rateLimited,
    otherStatuses,
    perSecond: accepted / result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    cpuSeconds,
    acceptedPerCpuSecond: cpuSeconds > 0 ? accepted / cpuSeconds : 0,
    storedExactlyOnce: stored === accepted && distinct === accepted && codes.length === accepted,
    storedCount: stored,
  };
}

export async function measureFeedbackSubmissions(
  stack: LocalStack,
  options: { requests: number; connections: number },
): Promise<SubmissionRun[]> {
  await createFeedbackTopic(systemActor, {
    slug: topic,
    nameVi: 'Thử tải',
    nameEn: 'Load test',
    order: 998,
    active: true,
  }).catch(() => undefined);
  await run(stack, 'many-citizens', { requests: 20, connections: 2 });
  return [await run(stack, 'many-citizens', options), await run(stack, 'one-sender', options)];
}
