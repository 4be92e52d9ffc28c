from enum import StrEnum

class FieldType(StrEnum):
    ATTACHMENT = "attachment"
    BOOL = "bool"
    CHECKBOX = "checkbox"
    DATE = "date"
    DATETIME = "datetime"
    DECIMAL = "decimal"
    DEPARTMENT = "department"
    INT = "int"
    MULTI_SELECT = "multi_select"
    RADIO = "radio"
    RICH_TEXT = "rich_text"
    SELECT = "select"
    STRING = "string"
    TABLE = "table"
    TEXT = "text"
    TIME = "time"
    USER = "user"
    USERS = "users"

    def __str__(self) -> str:
        return str(self.value)
