// The text of a new version, from a file (.docx or .txt) or pasted, and its parse preview (previewDraftVersion):
// the provision tree and the parser's warnings are shown before anything is saved.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Input, List, Radio, Space, Tag, Tree, Typography, Upload } from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import type { PreviewDraftVersionMutation } from '../../gql/graphql';
import { PreviewDraftVersionDocument } from './manage.operations';
import { splitParseNotes } from './parse-notes';

export type DraftPreview = PreviewDraftVersionMutation['previewDraftVersion'];

/** What addDraftVersion takes besides the draft and stage: a file as base64 with its name, or the pasted text. */
export type DraftSource = { fileName: string; contentBase64: string } | { text: string };

/** The API's own limit on an uploaded draft (AddDraftVersionInput.contentBase64: 10 MiB). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}

const ENCODING_LABELS: Record<string, string> = {
  'utf-8': 'UTF-8 文本',
  gb18030: 'GBK/GB18030 文本',
  docx: 'Word 文档',
};

const DIVISION_KINDS = ['part', 'subpart', 'chapter', 'section'];

/** The outline (编/章/节/条 in document order, each with its depth) as a tree. */
function outlineTree(outline: DraftPreview['outline']): TreeDataNode[] {
  const roots: TreeDataNode[] = [];
  const stack: Array<{ depth: number; node: TreeDataNode }> = [];
  for (const p of outline) {
    const division = DIVISION_KINDS.includes(p.kind);
    const node: TreeDataNode = {
      key: p.address,
      title: division ? (
        <strong>
          {p.label}
          {p.heading ? `　${p.heading}` : ''}
        </strong>
      ) : (
        <span>
          <strong>{p.label}</strong>
          {p.heading ? `（${p.heading}）` : ''}
          {p.paragraphs > 1 ? <Tag style={{ marginInline: 6 }}>{p.paragraphs} 款</Tag> : ' '}
          <span className="preview-excerpt">{p.excerpt}</span>
        </span>
      ),
      children: [],
    };
    while (stack.length && stack[stack.length - 1].depth >= p.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.node.children! : roots).push(node);
    stack.push({ depth: p.depth, node });
  }
  return roots;
}

export function PreviewCard({ preview }: { preview: DraftPreview }) {
  const tree = useMemo(() => outlineTree(preview.outline), [preview.outline]);
  // A skipped 目录 is said as information, not counted as a problem.
  const { problems, notes } = splitParseNotes(preview.warnings);
  const divisions = useMemo(
    () => preview.outline.filter((p) => DIVISION_KINDS.includes(p.kind)).map((p) => p.address),
    [preview.outline],
  );
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>解析结果（尚未保存）</h2>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Typography.Text strong style={{ fontSize: 17 }}>
            {preview.textTitle}
          </Typography.Text>
          <div>
            <Space wrap size={[8, 4]}>
              <span data-testid="preview-articles">共 {preview.articleCount} 条</span>
              <span>{preview.provisionCount} 个条文单位（含款、项、目）</span>
              <Tag>{ENCODING_LABELS[preview.sourceEncoding] ?? preview.sourceEncoding}</Tag>
            </Space>
          </div>
        </div>
        {notes.map((w) => (
          <Alert
            key={`${w.line}-${w.code}`}
            type="info"
            showIcon
            title={w.message}
            data-testid="parse-note"
          />
        ))}
        {problems.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={`解析时发现 ${problems.length} 个问题，请核对原文后再保存`}
            description={
              <List
                size="small"
                dataSource={problems}
                renderItem={(w) => (
                  <List.Item style={{ paddingInline: 0 }}>
                    第 {w.line} 行：{w.message}
                  </List.Item>
                )}
              />
            }
          />
        ) : (
          <Alert type="success" showIcon title="没有发现编号缺漏、重复或顺序问题" />
        )}
        <div>
          <Typography.Text strong>条文结构</Typography.Text>
          {preview.outlineTruncated && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              条文较多，只列出前 {preview.outline.length} 个
            </Typography.Paragraph>
          )}
          <Tree
            className="preview-tree"
            treeData={tree}
            defaultExpandedKeys={divisions}
            selectable={false}
            blockNode
            aria-label="条文结构"
            style={{ marginTop: 8 }}
          />
        </div>
      </Space>
    </Card>
  );
}

/**
 * Choose a file or paste text, press 解析预览, read the tree and its warnings; the parent saves with `source` once a
 * preview exists (`onSource` tells it, or tells it null when the input changes).
 */
export function DraftSourceInput({
  onPreview,
}: {
  onPreview: (source: DraftSource | null, preview: DraftPreview | null) => void;
}) {
  const [mode, setMode] = useState<'file' | 'text'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<DraftPreview | null>(null);
  const [run, { loading }] = useMutation(PreviewDraftVersionDocument);
  const textId = useId();
  const previewRef = useRef<HTMLDivElement>(null);

  // The tree is below the form, off a phone's screen: bring it into view once parsed.
  useEffect(() => {
    if (preview) previewRef.current?.scrollIntoView({ block: 'start' });
  }, [preview]);

  const reset = () => {
    setPreview(null);
    setProblem(null);
    onPreview(null, null);
  };

  const parse = async () => {
    setProblem(null);
    let source: DraftSource;
    if (mode === 'file') {
      if (!file) return setProblem('请先选择草案文件（.docx 或 .txt）');
      if (file.size > MAX_FILE_BYTES) return setProblem('文件超过 10 MB，请检查是否选错了文件');
      source = { fileName: file.name, contentBase64: await base64Of(file) };
    } else {
      if (!text.trim()) return setProblem('请粘贴草案全文');
      source = { text };
    }
    try {
      const { data } = await run({ variables: { input: source } });
      if (data) {
        setPreview(data.previewDraftVersion);
        onPreview(source, data.previewDraftVersion);
      }
    } catch (e) {
      setPreview(null);
      onPreview(null, null);
      setProblem(errorMessage(e));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Radio.Group
        value={mode}
        onChange={(e) => {
          setMode(e.target.value as 'file' | 'text');
          reset();
        }}
        optionType="button"
        aria-label="草案文本的来源"
        options={[
          { value: 'file', label: '上传文件' },
          { value: 'text', label: '粘贴文本' },
        ]}
      />
      {mode === 'file' ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Upload
            accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              reset();
              return false;
            }}
          >
            <Button>选择草案文件（.docx 或 .txt）</Button>
          </Upload>
          <Typography.Text type="secondary">
            {file ? `已选择：${file.name}` : '支持 Word（.docx）和 UTF-8、GBK 编码的纯文本，最大 10 MB'}
          </Typography.Text>
        </Space>
      ) : (
        <div>
          <label htmlFor={textId} style={{ display: 'block', marginBottom: 4 }}>
            草案全文
          </label>
          <Input.TextArea
            id={textId}
            rows={8}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (preview) reset();
            }}
            placeholder="从标题开始粘贴，每条以“第一条”等开头"
          />
        </div>
      )}
      <Button onClick={() => void parse()} loading={loading}>
        解析预览
      </Button>
      {problem && <Alert type="error" showIcon title={problem} />}
      {preview && (
        <div ref={previewRef}>
          <PreviewCard preview={preview} />
        </div>
      )}
    </Space>
  );
}
