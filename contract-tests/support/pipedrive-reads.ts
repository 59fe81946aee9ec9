// Pipedrive: the required fields of every success answer, read as an application reads them: each
// assigned to its exact type, never widened. A field that becomes optional or nullable in
// specs/pipedrive.yaml fails tsc here, in one place (the drift score plants both).
import type { components, paths } from "../../generated/pipedrive.js";
import type { SuccessOf } from "./reads.js";

type Schemas = components["schemas"];
type Ok<Path extends keyof paths, Method extends keyof paths[Path]> = SuccessOf<paths, Path, Method>;

export const receiveMessage = (
  body: Ok<"/v1/channels/messages/receive", "post">,
):
  | {
      id: string;
      channel_id: string;
      sender_id: string;
      conversation_id: string;
      message: string;
      status: string;
      created_at: Schemas["ProviderDateTime"];
    }
  | undefined =>
  // `data` itself is optional in the spec: an application checks it once, then reads exact types.
  body.data && {
    id: body.data.id,
    channel_id: body.data.channel_id,
    sender_id: body.data.sender_id,
    conversation_id: body.data.conversation_id,
    message: body.data.message,
    status: body.data.status,
    created_at: body.data.created_at,
  };
