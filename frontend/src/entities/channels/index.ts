// The notification channels entity: GET/POST /notification-channels, PATCH/DELETE .../{id}
// (test messages: the integrations feature).
export { type Channel, useChannels } from "./api/use-channels";
export { CHANNEL_KINDS, type ChannelCreate, type ChannelKind, useCreateChannel } from "./api/use-create-channel";
export { type ChannelPatch, useUpdateChannel } from "./api/use-update-channel";
export { useDeleteChannel } from "./api/use-delete-channel";
