import { Button, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router';

/** A button that opens an app page (a link wrapped around a button would be two nested controls to a screen reader). */
export function LinkButton({ to, ...props }: ButtonProps & { to: string }) {
  const navigate = useNavigate();
  return <Button {...props} onClick={() => void navigate(to)} />;
}
