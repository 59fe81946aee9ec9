// Values the scripted server and the scenarios agree on. The credentials are distinctive strings
// so a scenario can search every error message for them.
export const FIXTURE = {
  pipedriveToken: "pd-token-7Qx9SECRET",
  dynamiqToken: "dq-token-4Kw2SECRET",
  pipedreamClientId: "pd-client-id-1",
  pipedreamClientSecret: "pd-client-secret-8Zr5SECRET",
  pipedreamAccessToken: "pd-access-token-3Nm6SECRET",
  channelId: "ch-1",
  notFoundMessage: "Channel not found",
  conversationCount: 5,
  pageSize: 2,
  username: "ada",
  timeoutMs: 300,
} as const;

/** Every credential a scenario uses; none may appear in any error message. */
export const SECRETS: readonly string[] = [
  FIXTURE.pipedriveToken,
  FIXTURE.dynamiqToken,
  FIXTURE.pipedreamClientSecret,
  FIXTURE.pipedreamAccessToken,
];

export const SCENARIOS = [
  { id: "a", title: "typed call" },
  { id: "b", title: "typed error" },
  { id: "c", title: "timeout" },
  { id: "d", title: "pagination" },
  { id: "e", title: "token exchange" },
] as const;

export type ScenarioId = (typeof SCENARIOS)[number]["id"];

export interface ScenarioResult {
  id: ScenarioId;
  ok: boolean;
  /** First line of the failure (`ErrorName: message`), empty on success. */
  error: string;
}
