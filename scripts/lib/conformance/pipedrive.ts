// pipedrive v1.ChannelsApi: its four calls, once per auth scheme the spec declares.
import { asObject, listOperations, resolveRef } from "../../../src/core/internal/openapi-document.js";
import type { DocumentOperation, OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import { parameterInputs, sdkBody } from "./arguments.js";
import { attempt } from "./calls.js";
import { attemptError, errorStatuses, pipedriveReader, preferStatus } from "./errors.js";
import type { ConformanceCall, SdkDriver } from "./types.js";

/** Every scheme in components.securitySchemes, as the pipedrive SDK's Configuration takes it. */
interface PipedriveAuth {
  name: string;
  config: { accessToken?: string; apiKey?: string };
}

function pipedriveAuths(doc: OpenApiDocument): PipedriveAuth[] {
  const schemes = asObject(asObject(doc["components"])?.["securitySchemes"]) ?? {};
  return Object.entries(schemes).flatMap(([name, raw]): PipedriveAuth[] => {
    const scheme = resolveRef(doc, raw) ?? {};
    if (scheme["type"] === "oauth2" || (scheme["type"] === "http" && scheme["scheme"] === "bearer"))
      return [{ name, config: { accessToken: "conformance-token" } }];
    if (scheme["type"] === "apiKey") return [{ name, config: { apiKey: "conformance-key" } }];
    return [];
  });
}

export const drivePipedrive: SdkDriver = async (doc, served, options, notes, sdks) => {
  const pipedriveV1 = sdks.pipedrive.v1;
  const url = served.urls.pipedrive;
  if (!url) return [];
  const ops = new Map(listOperations(doc).map((op) => [`${op.method} ${op.path}`, op]));
  // ChannelsApi's four methods, with the route each sends (read from the SDK's request code).
  type Api = InstanceType<typeof pipedriveV1.ChannelsApi>;
  const table: { call: string; route: string; run: (api: Api, op: DocumentOperation) => Promise<unknown> }[] = [
    {
      call: "addChannel",
      route: "post /v1/channels",
      run: (api, op) => api.addChannel({ AddChannelRequest: sdkBody("pipedrive", doc, op) as never }),
    },
    {
      call: "receiveMessage",
      route: "post /v1/channels/messages/receive",
      run: (api, op) => api.receiveMessage({ ReceiveMessageRequest: sdkBody("pipedrive", doc, op) as never }),
    },
    {
      call: "deleteChannel",
      route: "delete /v1/channels/{id}",
      run: (api, op) => api.deleteChannel({ id: String(parameterInputs(doc, op)["id"]) }),
    },
    {
      call: "deleteConversation",
      route: "delete /v1/channels/{channel-id}/conversations/{conversation-id}",
      run: (api, op) => {
        const params = parameterInputs(doc, op);
        return api.deleteConversation({ channel_id: String(params["channel-id"]), conversation_id: String(params["conversation-id"]) });
      },
    },
  ];
  const calls: ConformanceCall[] = [];
  for (const auth of pipedriveAuths(doc)) {
    const apiWith = (headers: Record<string, string>): Api => {
      const configuration = new pipedriveV1.Configuration({ ...auth.config, basePath: `${url}/v1` });
      // The constructor drops baseOptions; set after it, they reach every request's axios options.
      configuration.baseOptions = { headers };
      return new pipedriveV1.ChannelsApi(configuration);
    };
    const api = apiWith({});
    for (const entry of table) {
      const op = ops.get(entry.route);
      const base = { sdk: "pipedrive v1.ChannelsApi", call: `${entry.call} (${auth.name})` };
      if (!op) {
        calls.push({ ...base, operation: entry.route, accepted: false, status: 0, detail: "the spec has no such operation" });
        continue;
      }
      if (options.operations && !options.operations.includes(op.name)) continue;
      const request = await attempt(served, "pipedrive", { ...base, operation: op.name }, () => entry.run(api, op));
      calls.push(request);
      if (options.errorAnswers === false || !request.accepted) continue;
      for (const status of errorStatuses(op)) {
        const answering = apiWith(preferStatus(status));
        calls.push(
          await attemptError(served, "pipedrive", { ...base, operation: op.name }, status, pipedriveReader, () => entry.run(answering, op)),
        );
      }
    }
  }
  if (pipedriveAuths(doc).length === 0) notes.push("pipedrive: the spec declares no security scheme the SDK supports");
  return calls;
};
