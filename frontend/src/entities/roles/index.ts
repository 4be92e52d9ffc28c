// The roles entity: GET/POST /roles, PATCH/DELETE /roles/{id} (members: useChangeRoleMember in users).
export { type Role, useRoles } from "./api/use-roles";
export { type RoleCreate, useCreateRole } from "./api/use-create-role";
export { type RolePatch, useUpdateRole } from "./api/use-update-role";
export { useDeleteRole } from "./api/use-delete-role";
