// The benchmark's server, in a process of its own so its CPU is not charged to the clients:
// answers Pipedrive addChannel and Botpress getConversation with small fixed JSON bodies.
// Prints `listening <port>` once ready; exits when its parent's IPC channel closes.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const channel = JSON.stringify({
  success: true,
  data: {
    id: "ch_01HZX3",
    name: "Acme WhatsApp",
    avatar_url: null,
    provider_channel_id: "wa-5551234",
    marketplace_client_id: "mc_123",
    pd_company_id: 1,
    pd_user_id: 2,
    created_at: "2026-11-20 09:15",
    provider_type: "whatsapp",
    template_support: false,
  },
});
const conversation = JSON.stringify({
  conversation: {
    id: "conv_1",
    createdAt: "2026-11-20T09:15:00.000Z",
    updatedAt: "2026-11-20T09:15:00.000Z",
    channel: "channel",
    integration: "webchat",
    tags: {},
  },
});

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const body = request.method === "POST" && request.url?.endsWith("/channels") ? channel : conversation;
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    response.end(body);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.on("disconnect", () => process.exit(0));
