// What the liaison officer does with chosen opinions: a new suggestion from them, into an existing suggestion, or
// 不予报送 with a reason (each opinion keeps its reason; nothing is deleted).
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import {
  AddSuggestionSourcesDocument,
  CreateSuggestionDocument,
  MarkOpinionOutOfScopeDocument,
} from './workbench.operations';
import { SuggestionPicker, type PickedSuggestion } from './suggestion-picker';
import { useWorkbench } from './workbench-context';

export function OpinionActions({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const wb = useWorkbench();
  const { message } = App.useApp();
  const [create, created] = useMutation(CreateSuggestionDocument);
  const [add, added] = useMutation(AddSuggestionSourcesDocument);
  const [mark] = useMutation(MarkOpinionOutOfScopeDocument);
  const [outOpen, setOutOpen] = useState(false);
  const [addOpen, setAddOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const [target, setTarget] = useState<PickedSuggestion | undefined>();

  if (!wb.editable) return null;
  const none = selected.length === 0;

  const afterChange = async (text: string) => {
    void message.success(text);
    onDone();
    await wb.refresh();
  };

  const newSuggestion = async () => {
    setError(null);
    try {
      await create({
        variables: {
          input: { taskId: wb.taskId, contactPointId: wb.pointId, sources: { opinionIds: selected } },
        },
      });
      await afterChange(`已由 ${selected.length} 条意见新建汇总条目`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const openAdd = () => {
    setError(null);
    setTarget(undefined);
    setAddOpen(true);
  };

  const addTo = async () => {
    if (!target) return;
    try {
      await add({
        variables: {
          input: { id: target.id, version: target.version, sources: { opinionIds: selected } },
        },
      });
      setAddOpen(false);
      await afterChange(`已把 ${selected.length} 条意见加入汇总条目`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const markOut = async () => {
    const { reason } = await reasonForm.validateFields();
    setBusy(true);
    setError(null);
    let done = 0;
    try {
      for (const id of selected) {
        await mark({ variables: { input: { id, reason } } });
        done++;
      }
      setOutOpen(false);
      reasonForm.resetFields();
      await afterChange(`已将 ${done} 条意见标记为不予报送`);
    } catch (e) {
      setError(`已标记 ${done} 条；${errorMessage(e)}`);
      await wb.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="wb-actions">
      <Space wrap>
        <span>已选 {selected.length} 条</span>
        <Button disabled={none} loading={created.loading} onClick={() => void newSuggestion()}>
          新建汇总条目
        </Button>
        <Button disabled={none} onClick={openAdd}>
          加入汇总条目…
        </Button>
        <Button disabled={none} danger onClick={() => setOutOpen(true)}>
          不予报送…
        </Button>
      </Space>
      {error && !outOpen && !addOpen && (
        <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />
      )}
      <Modal
        open={outOpen}
        title={`将 ${selected.length} 条意见标记为不予报送`}
        okText="标记不予报送"
        cancelText="取消"
        okButtonProps={{ danger: true, loading: busy }}
        onOk={() => void markOut()}
        onCancel={() => setOutOpen(false)}
        destroyOnHidden
      >
        <p>标记后这些意见不报送立法机关，但仍计入意见总数，理由记入台账。</p>
        <Form form={reasonForm} name="out-of-scope" layout="vertical">
          <Form.Item
            name="reason"
            label="不予报送的理由"
            rules={[
              { required: true, whitespace: true, message: '请填写理由' },
              { max: 500, message: '理由不超过 500 字' },
            ]}
          >
            <Input.TextArea rows={3} placeholder="例如：与本条例无关，已转交有关部门" />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} />}
      </Modal>
      <Modal
        open={addOpen}
        title={`把 ${selected.length} 条意见加入汇总条目`}
        okText="加入"
        cancelText="取消"
        okButtonProps={{ disabled: !target, loading: added.loading }}
        onOk={() => void addTo()}
        onCancel={() => setAddOpen(false)}
        destroyOnHidden
      >
        <SuggestionPicker value={target} onChange={setTarget} />
        {error && <Alert type="error" showIcon title={error} />}
      </Modal>
    </div>
  );
}
