// The users entity: GET/POST /users, GET/PATCH/DELETE /users/{id}, and the one people picker.
export { type User, useUsers, useUsersByName } from "./api/use-users";
export { useUsersByIds } from "./api/use-users-by-ids";
export { type UserCreate, useCreateUser } from "./api/use-create-user";
export { type UserPatch, useUpdateUser } from "./api/use-update-user";
export { useDeactivateUser } from "./api/use-deactivate-user";
export { useChangeRoleMember } from "./api/use-change-role-member";
export { UserSelect, userLabel } from "./components/UserSelect";
