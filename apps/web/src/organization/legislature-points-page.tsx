// 联系点 (/contact-points) for the legislature's staff: 系统管理's contact-point list and forms, scoped to their own
// legislature (see ContactPoints' scope), in a frame of their own.
import { ContactPoints } from './contact-points-page';
import { LegislatureSetupFrame } from './setup-frame';

export default function LegislaturePointsPage() {
  return (
    <LegislatureSetupFrame>
      <ContactPoints scope="legislature" />
    </LegislatureSetupFrame>
  );
}
