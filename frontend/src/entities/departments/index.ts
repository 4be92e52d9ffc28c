// The departments entity: GET/POST /departments, PATCH/DELETE /departments/{id}.
export { type Department, useDepartments } from "./api/use-departments";
export { type DepartmentCreate, useCreateDepartment } from "./api/use-create-department";
export { type DepartmentPatch, useUpdateDepartment } from "./api/use-update-department";
export { useDeleteDepartment } from "./api/use-delete-department";
