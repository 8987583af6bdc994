#!/usr/bin/env python3
"""One-off: wrote assets/sample-source/ (a 主动公开目录 as CSV, bodies as .md, attachments) from the
hand-written assets/sample-content/ of 2026-11. Kept for the record; assets/sample-source/ is now the source
and scripts/rebuild-sample.sh makes assets/sample-content/ and assets/sample-feed/ from it."""
import csv, json, glob, os, shutil, sys

root = sys.argv[1] if len(sys.argv) > 1 else '.'
content = os.path.join(root, 'assets/sample-content')
out = os.path.join(root, 'assets/sample-source')
os.makedirs(os.path.join(out, '正文'), exist_ok=True)
os.makedirs(os.path.join(out, '附件'), exist_ok=True)
TYPE = {'policy': '政策文件', 'interpretation': '政策解读', 'guide': '办事指南', 'notice': '通知公告'}
VALIDITY = {'effective': '有效', 'amended': '已修订', 'expired': '失效', 'repealed': '废止'}
feed = json.load(open(os.path.join(content, 'feed.json')))
colname = {c['id']: c['name'] for c in feed['columns']}
HEAD = ['编号', '类型', '标题', '索引号', '文号', '发布机构', '成文日期', '发布日期', '更新日期', '有效性', '栏目', '关键词',
        '内容概述', '正文', '附件', '图解', '链接', '组配分类', '主题分类', '解读对象', '相关条目', '服务对象', '设定依据',
        '受理条件', '办理地点', '办理时间', '法定时限', '承诺时限', '收费标准', '咨询电话', '投诉电话', '在线办理', '常见问题']
OWN = {'policy': 'zcwj', 'interpretation': 'zcjd', 'guide': 'bszn', 'notice': 'tzgg'}

def when(s):
    # 2024-04-18T09:30:00+08:00 -> 2024-04-18 09:30
    return s[:10] + ('' if s[11:16] == '00:00' else ' ' + s[11:16])

rows, mats, steps = [], [], []
items = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(content, 'items/*.json')))]
order = {'policy': 0, 'interpretation': 1, 'guide': 2, 'notice': 3}
items.sort(key=lambda d: (order[d['type']], d['id']))
for d in items:
    r = {h: '' for h in HEAD}
    r['编号'] = d['id']
    r['类型'] = TYPE[d['type']]
    r['标题'] = d['title']
    cols = d['columns']
    names = [colname[c] for c in cols if c != OWN[d['type']]]
    r['栏目'] = '、'.join(names)
    r['关键词'] = '、'.join(d.get('keywords', []))
    r['内容概述'] = d.get('summary', '')
    r['发布日期'] = when(d['published_at'])
    if d['updated_at'] != d['published_at']:
        r['更新日期'] = when(d['updated_at'])
    r['链接'] = d.get('url', '')
    if 'body' in d and d['id'] != 'zcwj-2024-00131':
        name = '正文/' + d['id'] + '.md'
        open(os.path.join(out, name), 'w').write(d['body'])
        r['正文'] = name
    atts = {a['file']: a for a in d.get('attachments', [])}
    for a in d.get('attachments', []):
        shutil.copy(os.path.join(content, 'files', a['file']), os.path.join(out, '附件', a['name']))
    r['附件'] = '、'.join('附件/' + a['name'] for a in d.get('attachments', []) if a['role'] == 'original')
    r['图解'] = '、'.join('附件/' + a['name'] for a in d.get('attachments', []) if a['role'] == 'graphic')
    rel = d.get('related', [])
    if d['type'] == 'policy':
        for k, h in [('index_no', '索引号'), ('doc_no', '文号'), ('issuer', '发布机构'), ('written_at', '成文日期'),
                     ('classification', '组配分类'), ('topic', '主题分类')]:
            r[h] = d.get(k, '')
        r['有效性'] = VALIDITY[d['validity']]
    if d['type'] == 'interpretation':
        r['解读对象'] = d['interprets']
        rel = [x for x in rel if x != d['interprets']]
    r['相关条目'] = '、'.join(rel)
    if d['type'] == 'guide':
        for k, h in [('service_object', '服务对象'), ('conditions', '受理条件'), ('location', '办理地点'),
                     ('hours', '办理时间'), ('fee', '收费标准'), ('consult_phone', '咨询电话'),
                     ('complaint_phone', '投诉电话'), ('online_url', '在线办理')]:
            r[h] = d.get(k, '')
        r['设定依据'] = '\n'.join(d['basis'])
        tl = d.get('time_limit', {})
        if 'statutory_days' in tl: r['法定时限'] = '%d个工作日' % tl['statutory_days']
        if 'promised_days' in tl: r['承诺时限'] = '%d个工作日' % tl['promised_days']
        r['常见问题'] = '\n'.join('问：%s\n答：%s' % (f['q'], f['a']) for f in d.get('faq', []))
        for m in d['materials']:
            mats.append({'指南标题': d['title'], '材料名称': m['name'], '形式': m.get('form', ''),
                         '份数': str(m.get('copies', '')), '是否必需': '是' if m.get('required', True) else '否',
                         '来源': m.get('source', ''), '备注': m.get('note', ''),
                         '空白表格': '附件/' + atts[m['blank_form']]['name'] if 'blank_form' in m else '',
                         '样表': '附件/' + atts[m['sample']]['name'] if 'sample' in m else ''})
        for s in d['steps']:
            steps.append({'指南标题': d['title'], '步骤': s['name'], '说明': s.get('description', '')})
    rows.append(r)

def write(name, head, data):
    with open(os.path.join(out, name), 'w', newline='', encoding='utf-8-sig') as f:
        w = csv.DictWriter(f, head)
        w.writeheader()
        w.writerows(data)

write('目录.csv', HEAD, rows)
write('目录.材料.csv', ['指南标题', '材料名称', '形式', '份数', '是否必需', '来源', '备注', '空白表格', '样表'], mats)
write('目录.流程.csv', ['指南标题', '步骤', '说明'], steps)
shutil.copy(os.path.join(content, 'feed.json'), os.path.join(out, 'feed.json'))
