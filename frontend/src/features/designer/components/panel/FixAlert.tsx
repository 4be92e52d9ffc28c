// A warning about settings the element should not hold, with the one button that removes them.
import { Alert, Button } from "antd";

interface FixAlertProps {
  message: string;
  fix: string;
  onFix: () => void;
  testId: string;
}

export function FixAlert({ message, fix, onFix, testId }: FixAlertProps) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      message={message}
      action={
        <Button size="small" onClick={onFix} data-testid={testId}>
          {fix}
        </Button>
      }
    />
  );
}
