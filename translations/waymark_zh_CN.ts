<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/internal/AboutDialog.qml" line="+6"/>
        <source>About Waymark</source>
        <translation>关于 Waymark</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waymark %1</source>
        <translation>Waymark %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer journey maps and service blueprints.</source>
        <translation>客户旅程图与服务蓝图。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licensed under the GNU GPL, version 3 or later.</source>
        <translation>依据 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../core/formats/analysisreport.cpp" line="+178"/>
        <source>  Most likely path now:    %1</source>
        <translation>  当前最可能的路径：  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Most likely path after:  %1</source>
        <translation>  改进后最可能的路径：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n unmatched event(s)</source>
        <translation>
            <numerusform>%n 个未匹配事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n 个变体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次访问</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../qml/internal/AnalysisPanel.qml" line="+19"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Journey analysis</source>
        <translation>旅程分析</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the analysis</source>
        <translation>关闭分析</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reach the goal</source>
        <translation>达成目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paths from entry to goal</source>
        <translation>从入口到目标的路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handoffs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel switches</source>
        <translation>渠道切换</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show drop-off on the cards</source>
        <translation>在卡片上显示流失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Findings (%1)</source>
        <translation>发现 (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing stands out.</source>
        <translation>没有突出的问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely paths</source>
        <translation>可能的路径</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of customers · handoffs: %2 · channel switches: %3</source>
        <extracomment>a path: share of customers, handoffs, channel switches</extracomment>
        <translation>%1 的客户 · 交接：%2 · 渠道切换：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What if…</source>
        <translation>假设分析…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare current and future state…</source>
        <translation>比较当前状态与未来状态…</translation>
    </message>
</context>
<context>
    <name>AppMenuBar</name>
    <message>
        <location filename="../qml/internal/AppMenuBar.qml" line="+17"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;journey map…</source>
        <translation>新建客户旅程图(&amp;J)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New service &amp;blueprint…</source>
        <translation>新建服务蓝图(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from the &amp;sample…</source>
        <translation>从示例新建(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;team workspace…</source>
        <translation>打开团队工作区(&amp;T)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save a cop&amp;y as…</source>
        <translation>另存副本(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;workshop results…</source>
        <translation>导出工作坊结果(&amp;W)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import metrics…</source>
        <translation>导入指标(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;events…</source>
        <translation>导入事件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;mport journeys (JSON, Mermaid)…</source>
        <translation>导入旅程 (JSON, Mermaid)(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>实际大小 (100%)(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minimap</source>
        <translation>小地图(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Journey</source>
        <translation>旅程(&amp;J)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New journey</source>
        <translation>新建旅程(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;blueprint</source>
        <translation>新建蓝图(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate as &amp;future state</source>
        <translation>复制为未来状态(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete journey</source>
        <translation>删除旅程(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;stage</source>
        <translation>添加阶段(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;lane</source>
        <translation>添加泳道(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Observed behaviour</source>
        <translation>实际行为(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Personas…</source>
        <translation>用户画像(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channels…</source>
        <translation>渠道(&amp;C)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Workshop</source>
        <translation>工作坊(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Present stage by stage</source>
        <translation>按阶段演示(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dot voting</source>
        <translation>圆点投票(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short &amp;guide</source>
        <translation>简明指南(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Waymark</source>
        <translation>关于 Waymark(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../qml/internal/ChannelsDialog.qml" line="+16"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New channel</source>
        <translation>新渠道</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards on this channel keep their place and lose the channel</source>
        <translation>此渠道上的卡片保留原位，但不再关联渠道</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+65"/>
        <source>create a workspace file, empty or from a template</source>
        <translation>创建工作区文件，可为空或基于模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import survey or analytics data (CSV) as metrics per step</source>
        <translation>将调研或分析数据 (CSV) 导入为各步骤的指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import an event log (CSV or PostgreSQL): what customers really did on a journey</source>
        <translation>导入事件日志（CSV 或 PostgreSQL）：客户在旅程中的实际行为</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set link shares from a journey&apos;s imported event log</source>
        <translation>根据旅程导入的事件日志设置连线占比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connect two steps with a flow link (e.g. an unplanned transition)</source>
        <translation>用流程线连接两个步骤（例如计划外跳转）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add journeys from a JSON or Mermaid file to a workspace</source>
        <translation>将 JSON 或 Mermaid 文件中的旅程添加到工作区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write journeys as PDF, PNG, SVG, CSV, JSON or Mermaid</source>
        <translation>将旅程写出为 PDF、PNG、SVG、CSV、JSON 或 Mermaid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>find paths, drop-off, loops and seams in journeys</source>
        <translation>查找旅程中的路径、流失、循环与断点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the metrics of each step, or their JSON</source>
        <translation>显示每个步骤的指标或其 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that a file is a whole Waymark document</source>
        <translation>检查文件是否为完整的 Waymark 文档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a team workspace on a PostgreSQL server, or grant a role read-only or edit rights</source>
        <translation>在 PostgreSQL 服务器上创建团队工作区，或授予角色只读或编辑权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upload a file as a new team workspace</source>
        <translation>将文件上传为新的团队工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>download a team workspace into a file</source>
        <translation>将团队工作区下载到文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_check.cpp" line="+15"/>
        <source>Checks that a file is a whole Waymark document: SQLite integrity, references, model rules.</source>
        <translation>检查文件是否为完整的 Waymark 文档：SQLite 完整性、引用、模型规则。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to check</source>
        <translation>要检查的文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is inconsistent: %2</source>
        <translation>%1 不一致：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: ok (file version %2; %3 journeys, %4 steps, %5 links, %6 personas, %7 channels)
</source>
        <translation>%1：正常（文件版本 %2；%3 个旅程，%4 个步骤，%5 条连线，%6 个用户画像，%7 个渠道）
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_export.cpp" line="+182"/>
        <source>%1: %n page(s), %2</source>
        <translation>
            <numerusform>%1：%n 页，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+44"/>
        <location filename="../app/cli/cmd_metrics.cpp" line="+166"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_new.cpp" line="+15"/>
        <source>Creates a Waymark workspace file. Without --template it holds no journeys.</source>
        <translation>创建 Waymark 工作区文件。不带 --template 时文件中没有旅程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to create</source>
        <translation>要创建的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start from a template, one of: %1</source>
        <translation>从模板开始，可选：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace the file if it exists</source>
        <translation>若文件已存在则替换</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown template &quot;%1&quot;; use one of: %2</source>
        <translation>未知模板“%1”；请使用以下之一：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 已存在；使用 --force 替换</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be filled: %2</source>
        <translation>无法填充 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be replaced</source>
        <translation>无法替换 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Created %1 with %n journey(s)
</source>
        <translation>
            <numerusform>已创建 %1，含 %n 个旅程
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="+93"/>
        <source>Imported %n journey(s) (%1 steps, %2 links) into %3
</source>
        <translation>
            <numerusform>已导入 %n 个旅程（%1 个步骤，%2 条连线）到 %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_pull.cpp" line="+71"/>
        <source>Pulled workspace %1 into %2: %n journey(s)
</source>
        <translation>
            <numerusform>已将工作区 %1 拉取到 %2：%n 个旅程
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_push.cpp" line="+72"/>
        <source>Pushed %1 to workspace %2: %n journey(s), </source>
        <translation>
            <numerusform>已将 %1 推送到工作区 %2：%n 个旅程，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n step(s)
</source>
        <translation>
            <numerusform>%n 个步骤
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/password.cpp" line="+30"/>
        <source>Password for %1 on %2: </source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_observed.cpp" line="+77"/>
        <source>&quot;%1&quot;: %n link share(s) set from the observed events.
</source>
        <translation>
            <numerusform>&quot;%1&quot;：已根据实际事件设置 %n 条连线的占比。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_importevents.cpp" line="+98"/>
        <location line="+12"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <location line="+30"/>
        <location line="+6"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-34"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n 个变体</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../core/commands/changefield.h" line="+111"/>
        <source>&quot;%1&quot; no longer exists</source>
        <translation>“%1”已不存在</translation>
    </message>
    <message>
        <location filename="../core/model/stepfields.cpp" line="+88"/>
        <source>Edit step title</source>
        <translation>编辑步骤标题</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edit step description</source>
        <translation>编辑步骤描述</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Change owner</source>
        <translation>更改负责人</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change external key</source>
        <translation>更改外部键</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Change step kind</source>
        <translation>更改步骤类型</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Change priority</source>
        <translation>更改优先级</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Change channel</source>
        <translation>更改渠道</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change emotion</source>
        <translation>更改情绪</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change due date</source>
        <translation>更改截止日期</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Change moment of truth</source>
        <translation>更改关键时刻</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change entry flag</source>
        <translation>更改入口标记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change goal flag</source>
        <translation>更改目标标记</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change tags</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../core/commands/fieldcommands.cpp" line="+172"/>
        <source>Edit link label</source>
        <translation>编辑连线标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change link kind</source>
        <translation>更改连线类型</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change link share</source>
        <translation>更改连线占比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change typical path</source>
        <translation>更改典型路径</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit stage description</source>
        <translation>编辑阶段描述</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change lane kind</source>
        <translation>更改泳道类型</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename journey</source>
        <translation>重命名旅程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit scenario</source>
        <translation>编辑场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit journey description</source>
        <translation>编辑旅程描述</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change persona</source>
        <translation>更改用户画像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change journey state</source>
        <translation>更改旅程状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change journey kind</source>
        <translation>更改旅程类型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change votes per participant</source>
        <translation>更改每位参与者的票数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename persona</source>
        <translation>重命名用户画像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit persona goals</source>
        <translation>编辑用户画像目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit persona quote</source>
        <translation>编辑用户画像引言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit persona description</source>
        <translation>编辑用户画像描述</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename channel</source>
        <translation>重命名渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change channel icon</source>
        <translation>更改渠道图标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change channel kind</source>
        <translation>更改渠道类型</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename metric</source>
        <translation>重命名指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change metric unit</source>
        <translation>更改指标单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change metric formula</source>
        <translation>更改指标公式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change metric direction</source>
        <translation>更改指标方向</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Change metric target</source>
        <translation>更改指标目标值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit comment</source>
        <translation>编辑评论</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change comment author</source>
        <translation>更改评论作者</translation>
    </message>
    <message>
        <location filename="../core/commands/importcommand.cpp" line="+52"/>
        <source>%1 &quot;%2&quot; already exists with other content; imported as &quot;%3&quot;</source>
        <translation>%1“%2”已存在且内容不同；已导入为“%3”</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import %n journey(s)</source>
        <translation>
            <numerusform>导入 %n 个旅程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n picture(s) left out: this workspace does not keep pictures</source>
        <translation>
            <numerusform>已略过 %n 张图片：此工作区不保存图片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Journey id &quot;%1&quot; is already used; imported as &quot;%2&quot;</source>
        <translation>旅程 ID“%1”已被使用；已导入为“%2”</translation>
    </message>
    <message>
        <location filename="../core/commands/importmetricscommand.cpp" line="+11"/>
        <source>Import metrics from %1</source>
        <translation>从 %1 导入指标</translation>
    </message>
    <message>
        <location filename="../core/commands/journeycommands.cpp" line="+107"/>
        <source>%1 (future state)</source>
        <translation>%1（未来状态）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/stepcommands.cpp" line="+106"/>
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>删除 %n 条连线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>删除 %n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>移动 %n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+247"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>粘贴 %n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/workshopcommands.cpp" line="+131"/>
        <source>%1 has used all %n vote(s)</source>
        <translation>
            <numerusform>%1 已用完全部 %n 票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commands/importeventscommand.cpp" line="+13"/>
        <source>Import events from %1</source>
        <translation>从 %1 导入事件</translation>
    </message>
    <message>
        <location filename="../core/commands/observedcommands.cpp" line="+14"/>
        <source>Use observed shares</source>
        <translation>采用实际占比</translation>
    </message>
    <message>
        <location filename="../core/commands/picturecommands.cpp" line="+13"/>
        <source>Add picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove picture</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>there is no card &quot;%1&quot;</source>
        <translation>没有卡片 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the card already shows this picture</source>
        <translation>卡片已显示此图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card has no picture</source>
        <translation>卡片没有图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set card picture</source>
        <translation>设置卡片图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove card picture</source>
        <translation>删除卡片图片</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no persona &quot;%1&quot;</source>
        <translation>没有用户画像 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the persona already has this photo</source>
        <translation>用户画像已使用此照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the persona has no photo</source>
        <translation>用户画像没有照片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set persona photo</source>
        <translation>设置用户画像照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove persona photo</source>
        <translation>删除用户画像照片</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add card</source>
        <translation>添加卡片</translation>
    </message>
</context>
<context>
    <name>CommentsSection</name>
    <message>
        <location filename="../qml/internal/CommentsSection.qml" line="+20"/>
        <source>Comments (%1)</source>
        <translation>评论 (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 · %2</source>
        <extracomment>comment header: author, date and time</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Delete comment</source>
        <translation>删除评论</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a comment as %1</source>
        <translation>以 %1 身份添加评论</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../qml/internal/CompareDialog.qml" line="+18"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Compare two states</source>
        <translation>比较两个状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Future</source>
        <translation>未来</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handoffs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel switches</source>
        <translation>渠道切换</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reach the goal</source>
        <translation>达成目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged</source>
        <translation>新增 %1，删除 %2，更改 %3，未变 %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1 (%2)</source>
        <translation>更改：%1（%2）</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message numerus="yes">
        <location filename="../core/storage/sqlitestore.cpp" line="+494"/>
        <source>%n broken reference(s) between rows</source>
        <translation>
            <numerusform>行之间有 %n 个损坏的引用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/document/documentstore.h" line="+163"/>
        <location line="+8"/>
        <source>this workspace does not keep pictures</source>
        <translation>此工作区不保存图片</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../app/gui/editorapp.cpp" line="+43"/>
        <source>waymark: error: %1
</source>
        <extracomment>the start of an error line on the terminal, before the message</extracomment>
        <translation>waymark：错误：%1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save the window as PNG and quit</source>
        <translation>将窗口保存为 PNG 并退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the side panel to show: inspector, analysis, observed (with the observed overlay on) or voting</source>
        <translation>要显示的侧边面板：inspector、analysis、observed（同时开启实际行为叠加层）或 voting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a .cjm file</source>
        <translation>.cjm 文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size must be WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size 的格式须为 宽x高，例如 1600x1000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--panel must be one of %1, not &quot;%2&quot;</source>
        <translation>--panel 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--screenshot needs a FILE to open</source>
        <translation>--screenshot 需要一个要打开的文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file could not be opened; no screenshot taken</source>
        <translation>无法打开文件；未截图</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the map was not drawn within 60 s</source>
        <translation>60 秒内未能绘制地图</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); the commands work without one: waymark --help</source>
        <translation>没有可打开窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）；命令无需显示器即可使用：waymark --help</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../qml/EditorView.qml" line="+166"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>Delete journey</source>
        <translation>删除旅程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete &quot;%1&quot; with all its cards? You can undo this.</source>
        <translation>删除“%1”及其所有卡片？此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../core/model/enums.cpp" line="+21"/>
        <source>Physical evidence</source>
        <translation>有形证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer actions</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frontstage</source>
        <translation>前台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support processes</source>
        <translation>支持流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flow</source>
        <translation>流程线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>备选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handoff</source>
        <translation>交接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dependency</source>
        <translation>依赖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current state</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future state</source>
        <translation>未来状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journey map</source>
        <translation>客户旅程图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service blueprint</source>
        <translation>服务蓝图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digital</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Physical</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human</source>
        <translation>人工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>印刷品</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom metric</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NPS (% promoters − % detractors)</source>
        <translation>NPS（推荐者 % − 贬损者 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-2 box (%)</source>
        <translation>Top-2 box (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% agreeing</source>
        <translation>同意比例 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum</source>
        <translation>总和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%)</source>
        <translation>比率 (%)</translation>
    </message>
</context>
<context>
    <name>EventImportDialog</name>
    <message>
        <location filename="../qml/internal/EventImportDialog.qml" line="+19"/>
        <source>ISO 8601 (2026-03-15 10:22)</source>
        <translation>ISO 8601（2026-03-15 10:22）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (15.03.2026, 15/03/2026)</source>
        <translation>日在前（15.03.2026、15/03/2026）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month first (03/15/2026 10:22 AM)</source>
        <translation>月在前（03/15/2026 10:22 AM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix seconds (1773570151)</source>
        <translation>Unix 秒（1773570151）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import events</source>
        <translation>导入事件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import events from</source>
        <translation>从以下来源导入事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event logs (*.csv *.tsv *.txt)</source>
        <translation>事件日志 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case id:</source>
        <translation>案例 ID：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activity:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time format…</source>
        <translation>时间格式…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Segment:</source>
        <translation>细分：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1% of the first activities name a step of this journey (by key or title); timestamps read as %2.</source>
        <translation>前几行活动中有 %1% 指明了此旅程的步骤（按键或标题）；时间戳按 %2 读取。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the columns or the time format above (month first for US dates), then import.</source>
        <translation>请在上方选择列或时间格式（美式日期请选“月在前”），然后导入。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../core/events/eventimport.cpp" line="+36"/>
        <source>(no activity)</source>
        <translation>（无活动）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>二进制数据（NUL 字节）：这不是文本文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an event log needs at least three columns: case, activity and time</source>
        <translation>事件日志至少需要三列：案例、活动和时间</translation>
    </message>
    <message>
        <location filename="../core/events/observedjson.cpp" line="+100"/>
        <source>stored event data is damaged: %1</source>
        <translation>已存储的事件数据已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/events/proposal.cpp" line="+215"/>
        <source>case id</source>
        <translation>案例 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/events/pgsource.cpp" line="+205"/>
        <location filename="../core/events/proposal.cpp" line="+1"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/events/proposal.cpp" line="+1"/>
        <source>segment</source>
        <translation>细分</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n matched event(s) have no time</source>
        <translation>
            <numerusform>%n 个已匹配事件没有时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/events/reader.cpp" line="+114"/>
        <source>%n field(s), but the case, activity and time columns need %1</source>
        <translation>
            <numerusform>%n 个字段，但案例、活动和时间列需要 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/internal/ExportDialog.qml" line="+34"/>
        <source>PDF blueprint (vector, tiled pages)</source>
        <translation>PDF 蓝图（矢量，分页拼接）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image</source>
        <translation>SVG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table of the steps</source>
        <translation>步骤 CSV 表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of the ranked votes</source>
        <translation>投票排名 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (Waymark&apos;s open format)</source>
        <translation>JSON（Waymark 开放格式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid journey text</source>
        <translation>Mermaid 旅程文本</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This journey: %1</source>
        <translation>当前旅程：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This journey</source>
        <translation>当前旅程</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n journey(s) of the file</source>
        <translation>
            <numerusform>文件中的全部 %n 个旅程</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metric on the cards</source>
        <translation>卡片上的指标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dots per inch</source>
        <translation>每英寸点数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Include workshop results (dots and comments)</source>
        <translation>包含工作坊结果（圆点与评论）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw the observed overlay (what the event log shows)</source>
        <translation>绘制实际行为叠加层（事件日志反映的情况）</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../app/gui/qtstrings.cpp" line="+34"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>筛选器</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../qml/internal/FileDialogs.qml" line="+36"/>
        <source>Open a Waymark file</source>
        <translation>打开 Waymark 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Waymark files (*.cjm)</source>
        <translation>Waymark 文件 (*.cjm)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+25"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Create a Waymark file</source>
        <translation>创建 Waymark 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import journeys</source>
        <translation>导入旅程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey files (*.json *.mmd)</source>
        <translation>旅程文件 (*.json *.mmd)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waymark JSON (*.json)</source>
        <translation>Waymark JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid journey (*.mmd *.mermaid)</source>
        <translation>Mermaid 旅程 (*.mmd *.mermaid)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../qml/internal/FindBar.qml" line="+76"/>
        <source>Find cards by title, description, owner, tag or key</source>
        <translation>按标题、描述、负责人、标签或键查找卡片</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No cards found</source>
        <translation>未找到卡片</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../qml/internal/GuideDialog.qml" line="+9"/>
        <source>Short guide</source>
        <translation>简明指南</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start from an empty journey map or blueprint, from the sample, or from a typical journey (B2B onboarding, a support incident, a cancellation, a bank account, a tariff change). Everything is saved in the .cjm file as you work.</source>
        <translation>可以从空白的客户旅程图或服务蓝图开始，也可以从示例或典型旅程（B2B 客户入驻、客服故障处理、订阅退订、银行开户、套餐变更）开始。工作过程中所有内容都会随时保存到 .cjm 文件中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click an empty spot of a cell to add a card, or drag a kind from the toolbar. Double-click a card to rename it. Drag cards to move them; drag the blue handle on a card onto another card to connect them.</source>
        <translation>双击单元格的空白处即可添加卡片，也可以从工具栏拖入某种类型。双击卡片可重命名。拖动卡片即可移动；将卡片上的蓝色手柄拖到另一张卡片上即可将两者连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The inspector on the right edits the selected cards: kind, channel, owner, emotion, moment of truth, tags, description and comments. With nothing selected it edits the journey.</source>
        <translation>右侧的属性面板用于编辑所选卡片：类型、渠道、负责人、情绪、关键时刻、标签、描述和评论。未选中任何内容时，则编辑旅程本身。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F finds cards by title, description, owner, tag or key in every journey of the file; Enter goes to the card, F3 to the next.</source>
        <translation>按 Ctrl+F 可在文件的所有旅程中按标题、描述、负责人、标签或键查找卡片；按 Enter 跳转到该卡片，按 F3 查找下一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File ▸ Import metrics reads survey or analytics data (CSV) and shows NPS, CSAT or any metric on the cards; the analysis panel (Ctrl+Shift+A) finds the critical path and the drop-offs.</source>
        <translation>“文件 ▸ 导入指标”可读取调研或分析数据 (CSV)，并在卡片上显示 NPS、CSAT 或任意指标；分析面板 (Ctrl+Shift+A) 可找出关键路径和流失点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F5 presents the map stage by stage; Workshop ▸ Dot voting lets each participant vote on pain points and opportunities. Comments stay on the cards.</source>
        <translation>按 F5 可按阶段演示地图；“工作坊 ▸ 圆点投票”让每位参与者对痛点和机会点投票。评论会保留在卡片上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File ▸ Export writes PDF, SVG, PNG, CSV, JSON or Mermaid; File ▸ Print prints with the same pages as the PDF; Save a copy as keeps a snapshot.</source>
        <translation>“文件 ▸ 导出”可写出 PDF、SVG、PNG、CSV、JSON 或 Mermaid；“文件 ▸ 打印”按与 PDF 相同的分页打印；“另存副本”可保留一份快照。</translation>
    </message>
</context>
<context>
    <name>JourneyInspector</name>
    <message>
        <location filename="../qml/internal/JourneyInspector.qml" line="+24"/>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cards, %2 links</source>
        <translation>%1 张卡片，%2 条连线</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No persona</source>
        <translation>无用户画像</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Future</source>
        <translation>未来</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journey map</source>
        <translation>客户旅程图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blueprint</source>
        <translation>蓝图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who wants what, and why</source>
        <translation>谁想要什么，为什么</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <location filename="../qml/internal/JourneyPanel.qml" line="+29"/>
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%1 · %2 · %n card(s)</source>
        <extracomment>journey list: state, kind, number of cards</extracomment>
        <translation>
            <numerusform>%1 · %2 · %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Future state</source>
        <translation>未来状态</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Current state</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blueprint</source>
        <translation>蓝图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journey map</source>
        <translation>客户旅程图</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate this journey as its future state</source>
        <translation>将此旅程复制为未来状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Personas…</source>
        <translation>用户画像…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Channels…</source>
        <translation>渠道…</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../core/layout/maplayout.cpp" line="+463"/>
        <source>Line of interaction</source>
        <translation>互动线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line of visibility</source>
        <translation>可视线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line of internal interaction</source>
        <translation>内部互动线</translation>
    </message>
</context>
<context>
    <name>LinkInspector</name>
    <message>
        <location filename="../qml/internal/LinkInspector.qml" line="+25"/>
        <source>Link</source>
        <translation>连线</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From “%1” to “%2”</source>
        <translation>从“%1”到“%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Share of customers (%)</source>
        <translation>客户占比 (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typical path</source>
        <translation>典型路径</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+95"/>
        <source>%1 (read-only) — Waymark</source>
        <translation>%1（只读）— Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Waymark</source>
        <translation>%1 — Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Drop the image on the picture area of the dialog.</source>
        <translation>请将图片拖放到对话框的图片区域。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a map first, then drop the data file on it to import metrics or events.</source>
        <translation>请先打开一张地图，再将数据文件拖放到地图上，以导入指标或事件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drop a .cjm file to open it, or a .csv file to import metrics or an event log.</source>
        <translation>拖放 .cjm 文件可将其打开，拖放 .csv 文件可导入指标或事件日志。</translation>
    </message>
</context>
<context>
    <name>MapContextMenu</name>
    <message>
        <location filename="../qml/internal/MapContextMenu.qml" line="+43"/>
        <source>Edit title</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add card here</source>
        <translation>在此添加卡片</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste here</source>
        <translation>粘贴到此处</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insert stage before</source>
        <translation>在前面插入阶段</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Insert stage after</source>
        <translation>在后面插入阶段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move stage left</source>
        <translation>阶段左移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move stage right</source>
        <translation>阶段右移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lane kind</source>
        <translation>泳道类型</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Insert lane above</source>
        <translation>在上方插入泳道</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>New lane</source>
        <translation>新泳道</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Insert lane below</source>
        <translation>在下方插入泳道</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move lane up</source>
        <translation>泳道上移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move lane down</source>
        <translation>泳道下移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lane</source>
        <translation>删除泳道</translation>
    </message>
</context>
<context>
    <name>MapOverlays</name>
    <message>
        <location filename="../qml/internal/MapOverlays.qml" line="+81"/>
        <source>Drag to another card to connect</source>
        <translation>拖到另一张卡片上以建立连线</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <location filename="../core/render/mappainter.cpp" line="+182"/>
        <source>%1 %2 · n %3</source>
        <extracomment>metric badge on a card: metric name, value, number of answers</extracomment>
        <translation>%1 %2 · n %3</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Curve: %1</source>
        <extracomment>the emotion curve follows a metric&apos;s values</extracomment>
        <translation>曲线：%1</translation>
    </message>
    <message>
        <location filename="../core/render/cardpainter.cpp" line="+189"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../qml/internal/MapToolbar.qml" line="+63"/>
        <source>Add:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a card of this kind to the selected cell; or drag it onto the map</source>
        <translation>将此类卡片添加到所选单元格，或将其拖到地图上</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Add card ▾</source>
        <translation>添加卡片 ▾</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Overlay: %1 ▾</source>
        <translation>叠加：%1 ▾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metrics ▾</source>
        <translation>指标 ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a metric on the cards; let the emotion curve follow a metric</source>
        <translation>在卡片上显示指标；让情绪曲线跟随指标</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On the cards</source>
        <translation>卡片上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No metric</source>
        <translation>无指标</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Emotion curve</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the cards</source>
        <translation>来自卡片</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cards without a value keep their own emotion.</source>
        <translation>没有数值的卡片保留自身情绪。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+58"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to 100 %</source>
        <translation>恢复 100%</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+36"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+33"/>
        <source>Minimap</source>
        <translation>小地图</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>More view controls</source>
        <translation>更多视图控件</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../qml/MapView.qml" line="+90"/>
        <source>New card</source>
        <translation>新卡片</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../qml/internal/MessageBar.qml" line="+41"/>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>MetricImportDialog</name>
    <message>
        <location filename="../qml/internal/MetricImportDialog.qml" line="+49"/>
        <source>Import metrics into “%1”</source>
        <translation>将指标导入“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import metrics</source>
        <translation>导入指标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import metrics from</source>
        <translation>从以下文件导入指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey and analytics exports (*.csv *.tsv *.txt)</source>
        <translation>调研与分析导出文件 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain CSV</source>
        <translation>普通 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualtrics</source>
        <translation>Qualtrics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SurveyMonkey</source>
        <translation>SurveyMonkey</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>How the answers become one number</source>
        <translation>如何将答案汇总为一个数字</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Match steps by</source>
        <translation>步骤匹配依据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key, then title</source>
        <translation>先键，后标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trends by</source>
        <translation>趋势周期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why these columns?</source>
        <translation>为什么是这些列？</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MetricImportSummary</name>
    <message>
        <location filename="../qml/internal/MetricImportSummary.qml" line="+22"/>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It replaces the earlier import of the same survey.</source>
        <translation>它将替换同一调研的上一次导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows whose step matches no step of the journey:</source>
        <translation>步骤与旅程中任何步骤都不匹配的行：</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>“%1”: %n row(s)</source>
        <translation>
            <numerusform>“%1”：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>other values: %n row(s)</source>
        <translation>
            <numerusform>其他值：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answers not counted in “%1” (%2): %3, e.g. %4</source>
        <translation>未计入“%1”的答案（%2）：%3，例如 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates that could not be read: %1 (those rows count in no period)</source>
        <translation>无法读取的日期：%1（这些行不计入任何周期）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo (Ctrl+Z) removes the whole import.</source>
        <translation>撤销 (Ctrl+Z) 会移除整个导入。</translation>
    </message>
</context>
<context>
    <name>MetricLegend</name>
    <message>
        <location filename="../qml/internal/MetricLegend.qml" line="+90"/>
        <source>n &lt; %1: small sample</source>
        <translation>n &lt; %1：样本量小</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>trend per period</source>
        <translation>各周期趋势</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Targets…</source>
        <translation>目标值…</translation>
    </message>
</context>
<context>
    <name>MetricTargetsDialog</name>
    <message>
        <location filename="../qml/internal/MetricTargetsDialog.qml" line="+25"/>
        <source>Targets for %1</source>
        <translation>%1 的目标值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Better when</source>
        <translation>评判方向</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Green from</source>
        <translation>绿色阈值</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Amber from</source>
        <translation>黄色阈值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cards at or past green are green, at or past amber amber, the others red. Leave a field empty for no colours.</source>
        <translation>达到或优于绿色阈值的卡片显示为绿色，达到或优于黄色阈值的显示为黄色，其余为红色。留空则不着色。</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/metrics/csv.cpp" line="+120"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/metrics/datalayout.cpp" line="+214"/>
        <source>%n columns have the question &quot;%1&quot;; name one by its field name</source>
        <translation>
            <numerusform>有 %n 列的问题为 &quot;%1&quot;；请用字段名指定其中一列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Observed</name>
    <message numerus="yes">
        <location filename="../core/render/observedpainter.cpp" line="+279"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservedPanel</name>
    <message>
        <location filename="../qml/internal/ObservedPanel.qml" line="+29"/>
        <source>Observed behaviour</source>
        <translation>实际行为</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No event data for this journey yet. Import an event log (case id, activity, time) to see what customers really did.</source>
        <translation>此旅程尚无事件数据。导入事件日志（案例 ID、活动、时间）即可查看客户的实际行为。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import events…</source>
        <translation>导入事件…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Observed</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 from %2: %3% reached a goal, %4% followed the map; %5.</source>
        <extracomment>%1 is &quot;12 cases&quot;, %2 the file or database, %5 &quot;3 variants&quot;.</extracomment>
        <translation>%1，来自 %2：%3% 达成目标，%4% 符合地图；%5。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+150"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-149"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n 个变体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not on the map (events)</source>
        <translation>不在地图上（事件）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>and %n more event(s)</source>
        <translation>
            <numerusform>另有 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deviations (cases)</source>
        <translation>偏差（案例数）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Segments (“%1”)</source>
        <translation>细分（“%1”）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On map</source>
        <translation>符合地图</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>and %n more segment(s)</source>
        <translation>
            <numerusform>另有 %n 个细分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variants (select one to highlight its path)</source>
        <translation>变体（选择一个以突出显示其路径）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1%2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (deviates)</source>
        <translation>（偏离）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use observed shares</source>
        <translation>采用实际占比</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashed links are transitions the map does not plan: click one to add it as a link.</source>
        <translation>虚线表示地图中未计划的跳转：点击即可将其添加为连线。</translation>
    </message>
</context>
<context>
    <name>PersonasDialog</name>
    <message>
        <location filename="../qml/internal/PersonasDialog.qml" line="+16"/>
        <source>Personas</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New persona</source>
        <translation>新用户画像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace photo…</source>
        <translation>更换照片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste photo</source>
        <translation>粘贴照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a photo here, or click here and paste it (Ctrl+V)</source>
        <translation>将照片拖放到此处，或点击此处后粘贴 (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a photo or avatar</source>
        <translation>选择照片或头像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quote</source>
        <translation>引言</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../qml/internal/PictureField.qml" line="+21"/>
        <source>Add picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace picture…</source>
        <translation>更换图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove picture</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste picture</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an image here, or click here and paste it (Ctrl+V)</source>
        <translation>将图片拖放到此处，或点击此处后粘贴 (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../qml/internal/PreferencesDialog.qml" line="+8"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signs your comments</source>
        <translation>用于为您的评论署名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimap</source>
        <translation>小地图</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <location filename="../qml/internal/PresentationBar.qml" line="+50"/>
        <source>Stage %1 of %2</source>
        <translation>阶段 %1 / %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes per stage</source>
        <translation>每阶段分钟数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous stage</source>
        <translation>上一阶段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next stage</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../qml/internal/PrintDialog.qml" line="+22"/>
        <location line="+117"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journey</source>
        <translation>当前旅程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All journeys</source>
        <translation>所有旅程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Large maps are printed on several pages, with the headers repeated, as in the PDF export.</source>
        <translation>大型地图会分多页打印，并在每页重复表头，与 PDF 导出一致。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print to a PDF file</source>
        <translation>打印到 PDF 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/gui/qtstrings.cpp" line="-23"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../core/templates/sample.cpp" line="+52"/>
        <location line="+21"/>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sees a sofa ad on Instagram</source>
        <translation>在 Instagram 上看到沙发广告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A carousel ad with the Oslo sofa in a small flat.</source>
        <translation>轮播广告：小公寓里的 Oslo 沙发。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hears about the brand from a friend</source>
        <translation>从朋友那里听说这个品牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+25"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>E-commerce</source>
        <translation>电商</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Browses sofas on the website</source>
        <translation>在网站上浏览沙发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters by size and fabric</source>
        <translation>按尺寸和面料筛选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs a sofa under 200 cm for a small living room.</source>
        <translation>小客厅需要一张 200 厘米以内的沙发。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders free fabric swatches</source>
        <translation>订购免费面料小样</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+18"/>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Visits the showroom</source>
        <translation>到展厅看样</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First moment of truth: she sits on it and decides.</source>
        <translation>第一个关键时刻：她坐上去，做出决定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+5"/>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Asks about delivery in the chat</source>
        <translation>在聊天中询问配送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks out online</source>
        <translation>在线结账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buys in the showroom</source>
        <translation>在展厅购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandons the checkout</source>
        <translation>放弃结账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forced account creation and a surprise delivery fee.</source>
        <translation>强制注册账户，还有意外的配送费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Picks a delivery slot</source>
        <translation>选择配送时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gets the order confirmation email</source>
        <translation>收到订单确认邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks the order in the app</source>
        <translation>在应用中跟踪订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>Delivery partner</source>
        <translation>配送合作方</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Waits at home for the 8-hour window</source>
        <translation>在家等待 8 小时配送窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives and inspects the sofa</source>
        <translation>收货并检查沙发</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second moment of truth: the product in her home.</source>
        <translation>第二个关键时刻：产品到了她家。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembles the legs</source>
        <translation>安装沙发腿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds a flaw in the fabric</source>
        <translation>发现面料有瑕疵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enjoys the sofa at home</source>
        <translation>在家享受沙发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls support about the flaw</source>
        <translation>就瑕疵致电客服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls again: no callback</source>
        <translation>再次致电：没有回电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gets a replacement cover</source>
        <translation>收到更换的沙发套</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves a review</source>
        <translation>留下评价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product page with 3D view</source>
        <translation>带 3D 视图的商品页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live tracking map</source>
        <translation>实时跟踪地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advisor shows fabrics and seat depths</source>
        <translation>顾问展示面料和座深</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat agent explains delivery options</source>
        <translation>聊天客服说明配送选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery crew carries the sofa in</source>
        <translation>配送人员将沙发搬进屋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support agent logs a complaint</source>
        <translation>客服登记投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Swatches are picked and posted</source>
        <translation>小样拣货并寄出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock is checked and the order confirmed</source>
        <translation>核对库存并确认订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route is planned with the carrier</source>
        <translation>与承运商规划路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality team reviews the photos</source>
        <translation>质量团队审核照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>ERP order system</source>
        <translation>ERP 订单系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier booking portal</source>
        <translation>承运商预订门户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM customer history</source>
        <translation>CRM 客户历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty and returns policy</source>
        <translation>保修与退货政策</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram ad with a sofa photo</source>
        <translation>带沙发照片的 Instagram 广告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showroom floor and fabric wall</source>
        <translation>展厅展区和面料墙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order confirmation email</source>
        <translation>订单确认邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery van and crew uniforms</source>
        <translation>配送车与工作人员制服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sofa, care label and manual</source>
        <translation>沙发、洗护标签和说明书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swatches take 7 days to arrive</source>
        <translation>小样要 7 天才能送到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkout forces an account</source>
        <translation>结账强制注册账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery window is 8 hours long</source>
        <translation>配送窗口长达 8 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No callback after the first call</source>
        <translation>第一次来电后无人回电</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview fabrics in AR at home</source>
        <translation>在家用 AR 预览面料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest checkout, fees shown early</source>
        <translation>访客结账，提前显示费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2-hour slots with live tracking</source>
        <translation>2 小时时段加实时跟踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A named agent who calls back</source>
        <translation>会回电的专属客服</translation>
    </message>
</context>
<context>
    <name>SaveCopyDialog</name>
    <message>
        <location filename="../qml/internal/SaveCopyDialog.qml" line="+13"/>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waymark files (*.cjm)</source>
        <translation>Waymark 文件 (*.cjm)</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../qml/internal/SaveFileDialog.qml" line="+56"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../qml/internal/ShortcutsDialog.qml" line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows</source>
        <translation>方向键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the nearest card in that direction</source>
        <translation>转到该方向上最近的卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extend the selection</source>
        <translation>扩展选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+方向键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected cards</source>
        <translation>移动所选卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the card&apos;s title</source>
        <translation>编辑卡片标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a card in the current card&apos;s cell</source>
        <translation>在当前卡片所在的单元格中添加卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete, Backspace</source>
        <translation>Delete, Backspace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected cards or links</source>
        <translation>删除所选卡片或连线</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Clear the selection</source>
        <translation>取消选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select all cards</source>
        <translation>选择所有卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C, Ctrl+X, Ctrl+V</source>
        <translation>Ctrl+C, Ctrl+X, Ctrl+V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy, cut, paste cards</source>
        <translation>复制、剪切、粘贴卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+V over a picture area</source>
        <translation>在图片区域上按 Ctrl+V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the clipboard&apos;s image into it</source>
        <translation>将剪贴板中的图片粘贴到该区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Shift+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find cards</source>
        <translation>查找卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F3, Shift+F3</source>
        <translation>F3, Shift+F3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next, previous card found</source>
        <translation>下一张、上一张找到的卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+plus, Ctrl+minus</source>
        <translation>Ctrl+加号, Ctrl+减号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in, out</source>
        <translation>放大、缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size (100 %)</source>
        <translation>实际大小 (100%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the map to the window</source>
        <translation>使地图适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom around the pointer</source>
        <translation>以指针为中心缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The analysis panel</source>
        <translation>分析面板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N, Ctrl+O</source>
        <translation>Ctrl+N, Ctrl+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New file, open a file</source>
        <translation>新建文件、打开文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E, Ctrl+P</source>
        <translation>Ctrl+E, Ctrl+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export, print</source>
        <translation>导出、打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+W, Ctrl+Q</source>
        <translation>Ctrl+W, Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close, quit</source>
        <translation>关闭、退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present stage by stage</source>
        <translation>按阶段演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, Right, Space</source>
        <translation>向左键, 向右键, 空格键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous, next stage while presenting</source>
        <translation>演示时切换到上一个、下一个阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the presentation</source>
        <translation>结束演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short guide</source>
        <translation>简明指南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../qml/internal/StartPage.qml" line="+23"/>
        <location line="+54"/>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Customer journey maps and service blueprints, kept as a model: paths, numbers and owners, in one file that is saved as you work.</source>
        <translation>客户旅程图与服务蓝图，以模型形式保存：路径、数据与负责人都在一个文件中，随工作自动保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New journey map…</source>
        <translation>新建客户旅程图…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New service blueprint…</source>
        <translation>新建服务蓝图…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New from the sample…</source>
        <translation>从示例新建…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open team workspace…</source>
        <translation>打开团队工作区…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or start from a typical journey:</source>
        <translation>或从典型旅程开始：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tip: drop a .cjm file anywhere on this window to open it.</source>
        <translation>提示：将 .cjm 文件拖放到此窗口任意位置即可打开。</translation>
    </message>
</context>
<context>
    <name>StepInspector</name>
    <message>
        <location filename="../qml/internal/StepInspector.qml" line="+20"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a picture to the card</source>
        <translation>为卡片添加图片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No channel</source>
        <translation>无渠道</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team or person responsible</source>
        <translation>负责的团队或个人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry</source>
        <translation>入口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers start here. Without any entry flag, steps with no incoming link are entries.</source>
        <translation>客户从这里开始。若没有任何入口标记，则没有入向连线的步骤视为入口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s goal. Without any goal flag, steps with no outgoing link are goals.</source>
        <translation>客户的目标。若没有任何目标标记，则没有出向连线的步骤视为目标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>External key</source>
        <translation>外部键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id in the survey data</source>
        <translation>调研数据中的 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma, separated</source>
        <translation>用逗号, 分隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happens here, in the customer&apos;s words</source>
        <translation>这里发生了什么——用客户的话说</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/schema.cpp" line="+226"/>
        <source>cannot upgrade from version %1 to %2</source>
        <translation>无法从版本 %1 升级到 %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite.cpp" line="+345"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is not a database</source>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk could not be read or written (%1)</source>
        <translation>无法读写磁盘（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is busy in another program</source>
        <translation>文件正被其他程序占用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <location filename="../qml/internal/TeamPasswordDialog.qml" line="+26"/>
        <source>Team server password</source>
        <translation>团队服务器密码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server of %1 asks for a password.</source>
        <translation>%1 的服务器要求输入密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waymark keeps it in memory for this window only; to be asked no more, put it in ~/.pgpass.</source>
        <translation>Waymark 仅在此窗口的内存中保留它；若不想再被询问，请将其写入 ~/.pgpass。</translation>
    </message>
</context>
<context>
    <name>TeamStatusBar</name>
    <message>
        <location filename="../qml/internal/TeamStatusBar.qml" line="+30"/>
        <source>Team workspace %1 — also here: %2</source>
        <translation>团队工作区 %1 — 同时在线：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team workspace %1 — nobody else here</source>
        <translation>团队工作区 %1 — 没有其他人在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline, reconnecting… Edits are held back until the server answers.</source>
        <translation>离线，正在重新连接… 在服务器响应之前，编辑将暂缓提交。</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <location filename="../core/teamstore/teamdocument.cpp" line="+43"/>
        <source>the team workspace &quot;%1&quot; is open read-only</source>
        <translation>团队工作区 &quot;%1&quot; 以只读方式打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/teamstore/teamload.cpp" line="+546"/>
        <source>%n card(s) in a stage or lane that is not there</source>
        <translation>
            <numerusform>%n 张卡片所在的阶段或泳道不存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n link(s) to a card that is not there</source>
        <translation>
            <numerusform>%n 条连线指向不存在的卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) of a journey that is not there</source>
        <translation>
            <numerusform>%n 行所属的旅程不存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comment(s) on a card that is not there</source>
        <translation>
            <numerusform>%n 条评论所在的卡片不存在</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/teamstore/teamrows.cpp" line="+316"/>
        <source>persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link</source>
        <translation>连线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data import</source>
        <translation>数据导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/teamstore/teamstore.cpp" line="+34"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <location filename="../qml/internal/TeamWorkspaceDialog.qml" line="+16"/>
        <source>Open team workspace</source>
        <translation>打开团队工作区</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>db.example.com or a socket folder</source>
        <translation>db.example.com 或套接字目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waymark never stores passwords: it asks for yours when the server wants one, or libpq reads it from ~/.pgpass.</source>
        <translation>Waymark 从不保存密码：服务器需要时会询问您，或由 libpq 从 ~/.pgpass 读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../core/templates/scenariodata.cpp" line="+18"/>
        <source>Contract signed</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kick-off</source>
        <translation>项目启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account setup</source>
        <translation>账户配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration</source>
        <translation>系统集成</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Go-live</source>
        <translation>正式上线</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Signs the contract</source>
        <translation>签署合同</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Customer success</source>
        <translation>客户成功</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Waits for someone to get in touch</source>
        <translation>等待有人联系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody says what happens next after the signature.</source>
        <translation>签约后没人告诉客户下一步做什么。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins the kick-off call</source>
        <translation>参加启动会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills in the setup questionnaire</source>
        <translation>填写配置问卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+32"/>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+1"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Invites the team&apos;s users</source>
        <translation>邀请团队成员加入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Solutions engineering</source>
        <translation>解决方案工程</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Connects the ERP</source>
        <translation>对接 ERP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment of truth: does the data flow?</source>
        <translation>关键时刻：数据能跑通吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team attends the training</source>
        <translation>团队参加培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First real order goes through</source>
        <translation>第一笔真实订单顺利完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed contract and welcome email</source>
        <translation>已签合同与欢迎邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin console</source>
        <translation>管理控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training videos and certificate</source>
        <translation>培训视频与结业证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding manager runs the kick-off</source>
        <translation>实施经理主持启动会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineer pairs on the integration</source>
        <translation>工程师协同完成集成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer holds a live session</source>
        <translation>培训师开展线上直播培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales hands the account to success</source>
        <translation>销售将客户移交给客户成功团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <location line="+64"/>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Tenant is provisioned</source>
        <translation>开通租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health score is watched</source>
        <translation>持续监控客户健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning scripts</source>
        <translation>开通脚本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public API and sandbox</source>
        <translation>公开 API 与沙盒环境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context is lost between sales and onboarding</source>
        <translation>销售向实施交接时信息丢失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same questions asked twice</source>
        <translation>同样的问题被问了两遍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration takes weeks longer than promised</source>
        <translation>集成比承诺的时间晚了好几周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome pack with a dated plan</source>
        <translation>附带明确时间计划的欢迎资料包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready-made connectors for common ERPs</source>
        <translation>常用 ERP 的现成连接器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go-live check-in after 30 days</source>
        <translation>上线 30 天后回访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem noticed</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系客服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service stops working</source>
        <translation>服务无法使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+18"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>Self-service</source>
        <translation>自助服务</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Searches the help centre</source>
        <translation>搜索帮助中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Support</source>
        <translation>客户支持</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Opens a chat</source>
        <translation>发起在线聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls and waits in the queue</source>
        <translation>致电并排队等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explains the problem again</source>
        <translation>再次说明问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chat history did not reach the phone agent.</source>
        <translation>聊天记录没有同步给电话客服。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gets the fix by email</source>
        <translation>通过邮件收到解决方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Customer experience</source>
        <translation>客户体验</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Answers the satisfaction survey</source>
        <translation>填写满意度调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error message on screen</source>
        <translation>屏幕上的错误提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number by email</source>
        <translation>邮件中的工单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-line agent takes the case</source>
        <translation>一线客服受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent runs the troubleshooting script</source>
        <translation>客服按排障脚本排查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent confirms the fix with the customer</source>
        <translation>客服与客户确认问题已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Engineering</source>
        <translation>研发</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ticket escalated to second line</source>
        <translation>工单升级至二线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineers deploy a fix</source>
        <translation>工程师部署修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root cause is reviewed</source>
        <translation>复盘根本原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticketing system</source>
        <translation>工单系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring and logs</source>
        <translation>监控与日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help articles do not match the error</source>
        <translation>帮助文章与错误对不上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long waiting time on the phone</source>
        <translation>电话等待时间长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer repeats the story to every agent</source>
        <translation>客户要向每位客服重复讲述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status page and proactive alert</source>
        <translation>状态页与主动通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One case history across channels</source>
        <translation>跨渠道统一的工单历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell customers what was fixed for good</source>
        <translation>告诉客户哪些问题已彻底解决</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doubt</source>
        <translation>产生动摇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for the way out</source>
        <translation>寻找退订途径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation request</source>
        <translation>申请退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention offer</source>
        <translation>挽留优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After leaving</source>
        <translation>离开之后</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Notices the price went up</source>
        <translation>发现价格上涨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks for the cancel button</source>
        <translation>寻找退订按钮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It is hidden three menus deep.</source>
        <translation>入口藏在三层菜单深处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+32"/>
        <location line="+28"/>
        <location line="+5"/>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Has to call to cancel</source>
        <translation>必须打电话才能退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>Retention</source>
        <translation>客户挽留</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Hears a discount offer</source>
        <translation>听到折扣优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives the confirmation</source>
        <translation>收到退订确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is charged once more</source>
        <translation>又被扣了一次费</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Gets a win-back offer months later</source>
        <translation>几个月后收到召回优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice with the new price</source>
        <translation>按新价格开具的账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation confirmation</source>
        <translation>退订确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent checks identity and contract</source>
        <translation>客服核验身份和合同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention agent makes an offer</source>
        <translation>挽留专员提供优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation is keyed in by hand</source>
        <translation>人工录入退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final invoice is calculated</source>
        <translation>核算最终账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription management</source>
        <translation>订阅管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing system</source>
        <translation>计费系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No way to cancel online</source>
        <translation>无法在线退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushy offers feel like a trap</source>
        <translation>强推优惠让人感觉是陷阱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing runs after the end date</source>
        <translation>到期后仍在扣费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel in two clicks, with a pause option</source>
        <translation>两步完成退订，并提供暂停选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain price changes before they happen</source>
        <translation>调价前提前说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave on good terms: easy return later</source>
        <translation>好聚好散：日后方便回归</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choosing a bank</source>
        <translation>选择银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card and first use</source>
        <translation>领卡与首次使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compares account fees</source>
        <translation>比较账户费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>Digital sales</source>
        <translation>线上销售</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Starts the application in the app</source>
        <translation>在应用中发起申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads proof of address</source>
        <translation>上传地址证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Video identification fails</source>
        <translation>视频身份认证失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poor light; the customer has to book a branch visit.</source>
        <translation>光线不足，客户只能预约去网点办理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Visits a branch with a passport</source>
        <translation>携带护照前往网点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Cards</source>
        <translation>银行卡业务</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Pays with the new card</source>
        <translation>用新卡付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card letter and PIN</source>
        <translation>寄卡函与 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch advisor checks the passport</source>
        <translation>网点客户经理核验护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent asks for a missing document</source>
        <translation>客服要求补交材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Know-your-customer review</source>
        <translation>KYC 客户尽职调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>风控</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit and fraud scoring</source>
        <translation>信用与反欺诈评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card is produced and posted</source>
        <translation>制卡并邮寄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity verification service</source>
        <translation>身份验证服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core banking system</source>
        <translation>核心银行系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long form, progress lost on timeout</source>
        <translation>表单冗长，超时后进度丢失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online identification drops a third of applicants</source>
        <translation>线上身份认证流失三分之一的申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status while waiting</source>
        <translation>等待期间看不到进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and resume the application</source>
        <translation>申请可保存，稍后继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application tracker in the app</source>
        <translation>应用内的申请进度追踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital card in the wallet on day one</source>
        <translation>首日即可在手机钱包中使用数字卡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trigger</source>
        <translation>触发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing tariffs</source>
        <translation>比较套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering the change</source>
        <translation>办理变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch-over</source>
        <translation>套餐切换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bill</source>
        <translation>首张账单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs out of mobile data again</source>
        <translation>手机流量又用完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+13"/>
        <source>E-commerce</source>
        <translation>电商</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Compares tariffs on the website</source>
        <translation>在网站上比较套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Asks in the shop</source>
        <translation>到营业厅咨询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders the new tariff in the app</source>
        <translation>在应用中办理新套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Waits for the change to take effect</source>
        <translation>等待变更生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds two tariffs on one bill</source>
        <translation>发现一张账单上有两个套餐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro-rata charges nobody explained.</source>
        <translation>按比例计费没人解释过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to query the bill</source>
        <translation>致电询问账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff comparison table</source>
        <translation>套餐对比表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order confirmation SMS</source>
        <translation>订单确认短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop staff recommend a tariff</source>
        <translation>营业厅店员推荐套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent explains the charges</source>
        <translation>客服解释费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility and contract term checked</source>
        <translation>核查办理资格与合约期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff switched at the next cycle</source>
        <translation>下个计费周期切换套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning and rating</source>
        <translation>业务开通与批价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariffs are hard to compare</source>
        <translation>套餐难以比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change waits for the billing cycle</source>
        <translation>变更要等到下个计费周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surprise pro-rata charges</source>
        <translation>意外的按比例收费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest a better tariff from usage</source>
        <translation>根据用量推荐更合适的套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch at once, shown in the app</source>
        <translation>立即切换，并在应用中显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the first bill before it arrives</source>
        <translation>首张账单寄出前先作说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/templates/templates.cpp" line="+63"/>
        <source>B2B onboarding</source>
        <translation>B2B 客户入驻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priya, operations lead at a new client</source>
        <translation>Priya，新客户的运营负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Her team working in the new system within a month</source>
        <translation>一个月内让团队用上新系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We signed in March; when do we actually start?</source>
        <translation>我们三月就签约了，到底什么时候才能开始用？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mid-sized company has bought the software. From the signature to the first real order, the client&apos;s team is set up, integrated and trained.</source>
        <translation>一家中型企业购买了这款软件。从签约到第一笔真实订单，客户团队完成配置、集成和培训。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+2"/>
        <source>Support incident</source>
        <translation>客服故障处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tom, a customer with a broken service</source>
        <translation>Tom，服务出现故障的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get it working again without explaining it three times</source>
        <translation>恢复正常使用，不用把问题讲三遍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I already told the chat all of this.</source>
        <translation>这些我在聊天里都说过了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service stops working. The customer looks for help, contacts support, and waits for the diagnosis and the fix.</source>
        <translation>服务突然无法使用。客户寻求帮助、联系客服，然后等待诊断和修复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+2"/>
        <source>Subscription cancellation</source>
        <translation>订阅退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lena, leaving after a price rise</source>
        <translation>Lena，因涨价准备离开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel quickly and pay nothing more</source>
        <translation>快速退订，不再多付一分钱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing up took a minute; leaving takes a week.</source>
        <translation>注册只要一分钟，退订却要一周。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a price rise a subscriber decides to cancel, looks for the way to do it, hears an offer and leaves.</source>
        <translation>涨价后，一位订阅用户决定退订：寻找退订方法，听到挽留优惠，最终离开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+2"/>
        <source>Bank account opening</source>
        <translation>银行开户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daniel, new in the country</source>
        <translation>Daniel，刚来到这个国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account and a card before the first salary</source>
        <translation>在第一笔工资到账前办好账户和银行卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why can&apos;t the app read my passport?</source>
        <translation>为什么应用识别不了我的护照？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new customer opens a current account: application, identity check, approval and the first payment with the card.</source>
        <translation>一位新客户开立活期账户：申请、身份核验、审批，以及首次用卡支付。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+2"/>
        <source>Telecom tariff change</source>
        <translation>电信套餐变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sara, a mobile customer for six years</source>
        <translation>Sara，六年的老移动用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More data for the same money, no surprises on the bill</source>
        <translation>花同样的钱用更多流量，账单上没有意外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal customers get the worst deals.</source>
        <translation>老客户反而拿到最差的优惠。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile customer runs out of data, compares tariffs, changes hers and checks the first bill.</source>
        <translation>一位手机用户流量用完了，于是比较套餐、更换套餐，并核对首张账单。</translation>
    </message>
    <message>
        <location filename="../core/templates/templates.cpp" line="-14"/>
        <source>Empty journey map</source>
        <translation>空白客户旅程图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty service blueprint</source>
        <translation>空白服务蓝图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-commerce purchase (the sample)</source>
        <translation>电商购物（示例）</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../core/commands/undostack.cpp" line="+11"/>
        <source>Could not %1: %2</source>
        <translation>无法执行“%1”：%2</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../qml/internal/UserNameDialog.qml" line="+15"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comments are signed with your name. You can change it later in the preferences.</source>
        <translation>评论会以您的姓名署名。之后可以在首选项中更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <location filename="../qml/internal/WhatIfBox.qml" line="+25"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of customers taking the selected link:</source>
        <translation>走所选连线的客户占比：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of customers lost at the selected card:</source>
        <translation>在所选卡片处流失的客户占比：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a link or a card to try another share.</source>
        <translation>选择一条连线或一张卡片来尝试其他占比。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 % → goal share %2 (now %3)</source>
        <translation>%1% → 达成目标占比 %2（当前 %3）</translation>
    </message>
</context>
<context>
    <name>WorkshopAppendix</name>
    <message numerus="yes">
        <location filename="../core/render/workshopappendix.cpp" line="+107"/>
        <source>%n people</source>
        <extracomment>how many workshop participants voted on a card</extracomment>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../qml/internal/WorkshopPanel.qml" line="+38"/>
        <source>Dot voting</source>
        <translation>圆点投票</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close dot voting</source>
        <translation>关闭圆点投票</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a card to give it a dot; Shift+click takes one back.</source>
        <translation>点击卡片投一个圆点；Shift+点击收回一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dots per participant</source>
        <translation>每位参与者的圆点数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a participant&apos;s name to vote</source>
        <translation>输入参与者姓名后即可投票</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 has %n dot(s) left</source>
        <translation>
            <numerusform>%1 还剩 %n 个圆点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only pain points and opportunities</source>
        <translation>仅痛点与机会点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1. %2 — %n dot(s)</source>
        <translation>
            <numerusform>%1. %2 — %n 个圆点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No votes yet</source>
        <translation>暂无投票</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
</context>
<context>
    <name>waymark</name>
    <message>
        <location filename="../app/gui/analysiscontroller.cpp" line="+51"/>
        <source>No entry leads to “%1”</source>
        <translation>没有入口通向“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers stop at “%1”: a dead end</source>
        <translation>客户停在“%1”：死胡同</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loop: %1</source>
        <translation>循环：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every path passes “%1”</source>
        <translation>每条路径都经过“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 % of customers are lost at “%2”</source>
        <translation>%1% 的客户在“%2”流失</translation>
    </message>
    <message>
        <location filename="../core/commands/fieldcommands.cpp" line="-344"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <source>&quot;%1&quot; is not a valid %2; use one of: %3</source>
        <translation>&quot;%1&quot; 不是有效的 %2；请使用以下之一：%3</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&quot;%1&quot; is not a colour; use #rrggbb</source>
        <translation>&quot;%1&quot; 不是颜色；请使用 #rrggbb</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no step is selected</source>
        <translation>未选择步骤</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>there is no channel &quot;%1&quot;</source>
        <translation>没有渠道 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>&quot;%1&quot; 不是日期；请使用 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no link is selected</source>
        <translation>未选择连线</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>share must be a number from 0 to 1</source>
        <translation>占比必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>there is no persona &quot;%1&quot;</source>
        <translation>没有用户画像 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>votes per participant must be from 1 to 100</source>
        <translation>每位参与者的票数必须在 1 到 100 之间</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; 不是数字</translation>
    </message>
    <message>
        <location filename="../core/commands/stepcommands.cpp" line="-95"/>
        <source>Add card</source>
        <translation>添加卡片</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect cards</source>
        <translation>连接卡片</translation>
    </message>
    <message>
        <location filename="../core/commands/workshopcommands.cpp" line="-11"/>
        <location line="+24"/>
        <source>the card no longer exists</source>
        <translation>该卡片已不存在</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>say who is voting</source>
        <translation>请说明由谁投票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a card cannot have fewer than no votes</source>
        <translation>卡片的票数不能少于零</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a comment needs some text</source>
        <translation>评论需要一些文字</translation>
    </message>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="+38"/>
        <source>it no longer exists</source>
        <translation>它已不存在</translation>
    </message>
    <message>
        <location filename="../core/formats/exporter.cpp" line="+139"/>
        <source>the file has no journeys to export</source>
        <translation>文件中没有可导出的旅程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no journey &quot;%1&quot;</source>
        <translation>没有旅程 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location filename="../core/storage/savecopy.cpp" line="+49"/>
        <location line="+4"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 was not written: %2</source>
        <translation>未写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/formats/imageexport.cpp" line="+43"/>
        <source>the image would be %1 × %2 pixels, too large; use --dpi %3 or less</source>
        <translation>图像将为 %1 × %2 像素，过大；请使用 --dpi %3 或更小的值</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>内存不足，无法生成 %1 × %2 的图像</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Journey map exported by Waymark</source>
        <translation>由 Waymark 导出的客户旅程图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonimport.cpp" line="+40"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 id &quot;%2&quot; is used twice</source>
        <translation>%1 ID &quot;%2&quot; 被使用了两次</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; 不是日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot; is not a colour</source>
        <translation>&quot;%1&quot; 不是颜色</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no stage &quot;%1&quot; in journey &quot;%2&quot;</source>
        <translation>旅程 &quot;%2&quot; 中没有阶段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no lane &quot;%1&quot; in journey &quot;%2&quot;</source>
        <translation>旅程 &quot;%2&quot; 中没有泳道 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no persona &quot;%1&quot;</source>
        <translation>没有用户画像 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>no channel &quot;%1&quot;</source>
        <translation>没有渠道 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>must be from 0 to 1</source>
        <translation>必须在 0 到 1 之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+34"/>
        <location line="+16"/>
        <source>no step &quot;%1&quot; in journey &quot;%2&quot;</source>
        <translation>旅程 &quot;%2&quot; 中没有步骤 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is not base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate picture id &quot;%1&quot;</source>
        <translation>重复的图片 ID &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no picture &quot;%1&quot;</source>
        <translation>没有图片 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON at %1: %2</source>
        <translation>位置 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is &quot;%1&quot;; a Waymark journey file says &quot;waymark&quot;</source>
        <translation>为 &quot;%1&quot;；Waymark 旅程文件应为 &quot;waymark&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1; this Waymark reads version %2</source>
        <translation>为 %1；此版本 Waymark 读取版本 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mermaidexport.cpp" line="+41"/>
        <source>%1: Mermaid cannot hold %2</source>
        <extracomment>%1 names an item (&quot;step &quot;c07&quot;&quot;), %2 lists replacements (&quot;&apos;:&apos; → &apos;∶&apos;&quot;)</extracomment>
        <translation>%1：Mermaid 无法容纳 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line breaks → spaces</source>
        <translation>换行 → 空格</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a leading keyword (zero-width space added)</source>
        <translation>开头的关键字（已添加零宽空格）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>journey title</source>
        <translation>旅程标题</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>persona &quot;%1&quot;</source>
        <translation>用户画像 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>stage &quot;%1&quot;</source>
        <translation>阶段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty title (written as &quot;%1&quot;)</source>
        <translation>空标题（写为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>step &quot;%1&quot;</source>
        <translation>步骤 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/mermaidimport.cpp" line="+26"/>
        <source>line %1: %2</source>
        <extracomment>a message about one line of an imported file</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../core/templates/sample.cpp" line="+58"/>
        <location filename="../core/templates/templates.cpp" line="+73"/>
        <location line="+13"/>
        <source>Customer actions</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/sample.cpp" line="+2"/>
        <location filename="../core/templates/templates.cpp" line="-11"/>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../core/formats/pdfexport.cpp" line="+109"/>
        <source>there is no journey to export</source>
        <translation>没有可导出的旅程</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>the pages %1 are not in the export, which has %n page(s)</source>
        <translation>
            <numerusform>页面 %1 不在导出中，导出共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the pages could not be started</source>
        <translation>无法开始生成页面</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a new page could not be started</source>
        <translation>无法开始新页面</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the pages could not be finished</source>
        <translation>无法完成页面</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+11"/>
        <source>the PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/metricimporttext.cpp" line="+26"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1251 (not UTF-8)</source>
        <translation>Windows-1251（非 UTF-8）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252 (not UTF-8)</source>
        <translation>Windows-1252（非 UTF-8）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plain CSV</source>
        <translation>普通 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualtrics export</source>
        <translation>Qualtrics 导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SurveyMonkey export</source>
        <translation>SurveyMonkey 导出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · fields separated by %2 · %3 · %n column(s)</source>
        <translation>
            <numerusform>%1 · 字段以%2分隔 · %3 · %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/render/workshopappendix.cpp" line="-81"/>
        <source>%1 · %2</source>
        <extracomment>where a card sits: stage · lane</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n comment line(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 行注释</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>“%1”: %n row(s) without an answer</source>
        <translation>
            <numerusform>“%1”：%n 行没有答案</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: “%2”</source>
        <translation>第 %1 行：“%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 rows read, %2 matched, %3 unmatched, %4 rejected; values on %n step(s).</source>
        <translation>
            <numerusform>读取 %1 行，匹配 %2 行，未匹配 %3 行，拒绝 %4 行；%n 个步骤有数值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/formats/analysisreport.cpp" line="-234"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+169"/>
        <location line="+64"/>
        <location line="+1"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+193"/>
        <location line="+16"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>%1 and %2 more</source>
        <translation>%1 及另外 %2 个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1  %2  (handoffs: %3, channel switches: %4)</source>
        <translation>%1  %2  （交接：%3，渠道切换：%4）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  The analysis was stopped.</source>
        <translation>  分析已停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Steps customers move through: %1; cards outside the flow (notes, evidence, pain points, ideas, systems): %2</source>
        <translation>  客户经过的步骤：%1；流程之外的卡片（备注、证据、痛点、想法、系统）：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Entries (no step is flagged; steps nothing leads to): %1</source>
        <translation>  入口（未标记任何步骤；没有来路的步骤）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Entries: %1</source>
        <translation>  入口：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Goals (no step is flagged; steps that lead nowhere): %1</source>
        <translation>  目标（未标记任何步骤；没有去路的步骤）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Goals: %1</source>
        <translation>  目标：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Goal share: %1 of the customers who start at an entry reach a goal</source>
        <translation>  目标达成率：从入口出发的客户中有 %1 达成目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Unreachable (no entry leads there): %1</source>
        <translation>  不可达（没有入口通向）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Dead ends (customers get stuck): %1</source>
        <translation>  死胡同（客户被卡住）：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Loops: none</source>
        <translation>  循环：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Loops:</source>
        <translation>  循环：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1 → %2</source>
        <translation>    %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Must pass (on every path to a goal): %1</source>
        <translation>  必经（每条通往目标的路径都经过）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Seams customers can meet: handoffs: %1, channel switches: %2</source>
        <translation>  客户可能遇到的断点：交接 %1，渠道切换 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Paths from an entry to a goal: none</source>
        <translation>  从入口到目标的路径：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Paths from an entry to a goal: %1; the most likely:</source>
        <translation>  从入口到目标的路径：%1；最可能的：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1. %2</source>
        <translation>    %1. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Where customers are lost: nowhere</source>
        <translation>  客户流失之处：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Where customers are lost (share of all customers):</source>
        <translation>  客户流失之处（占全部客户的比例）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    %1  %2 (caught in a loop nobody leaves)</source>
        <translation>    %1  %2（陷入无人离开的循环）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    %1  %2 (%3 of the customers there leave)</source>
        <translation>    %1  %2（到达此处的客户中有 %3 离开）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Most important steps (lost customers, centrality, bad scores):</source>
        <translation>  最重要的步骤（流失客户、中心性、低分）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    %1. %2  score %3</source>
        <translation>    %1. %2  得分 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current: %1 (%2)</source>
        <translation>当前：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future:  %1 (%2)</source>
        <translation>未来：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  The comparison was stopped.</source>
        <translation>  比较已停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>                      current     future</source>
        <translation>                         当前       未来</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal share</source>
        <translation>目标达成率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handoffs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel switches</source>
        <translation>渠道切换</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  Added: %1</source>
        <translation>  新增：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Removed: %1</source>
        <translation>  删除：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Changed: none</source>
        <translation>  更改：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Changed:</source>
        <translation>  更改：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1: %2</source>
        <translation>    %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Unchanged: %1</source>
        <translation>  未变：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  Observed (%1, imported %2): %3, %4, %5</source>
        <translation>  实际行为（%1，导入于 %2）：%3，%4，%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>    Reached a goal: %1 (%2); conformant: %3 (%4); %5</source>
        <translation>    达成目标：%1（%2）；符合地图：%3（%4）；%5</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>    %1: %2, %3, %4 dropped off, median %5 min, p90 %6 min</source>
        <translation>    %1：%2，%3，%4 流失，中位数 %5 分钟，p90 %6 分钟</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; channels: %1</source>
        <translation>；渠道：%1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>    Deviations (cases): skipped %1, backtrack %2, ad hoc %3, repeated %4, incomplete %5</source>
        <translation>    偏差（案例数）：跳过 %1，回退 %2，计划外 %3，重复 %4，未完成 %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (reached a goal %3, conformant %4)</source>
        <translation>%1：%2（达成目标 %3，符合地图 %4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    Segments (&quot;%1&quot;): %2</source>
        <translation>    细分（“%1”）：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    Top variants:</source>
        <translation>    主要变体：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      %1  %2%3</source>
        <translation>      %1  %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (deviates)</source>
        <translation>  （偏离）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    Unplanned transitions: %1</source>
        <translation>    计划外跳转：%1</translation>
    </message>
    <message>
        <location filename="../core/metrics/aggregate.cpp" line="+172"/>
        <source>the segment column has more than %1 different values; choose a column with fewer</source>
        <translation>细分列的不同取值超过 %1 个；请选择取值更少的列</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>at most %1 metric columns can be imported at once</source>
        <translation>一次最多只能导入 %1 个指标列</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../core/metrics/csv.cpp" line="-96"/>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>未加引号的字段中有引号（请给整个字段加引号，并将其中的引号写两次）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text after the closing quote of a field</source>
        <translation>字段的右引号后还有文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>二进制数据（NUL 字节）：这不是文本文件</translation>
    </message>
    <message>
        <location filename="../core/metrics/datalayout.cpp" line="+59"/>
        <source>the data is empty: there is no header row</source>
        <translation>数据为空：没有表头行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the data ends inside its header: a %1 export has %2 header rows</source>
        <translation>数据在表头内结束：%1 导出文件有 %2 行表头</translation>
    </message>
    <message>
        <location filename="../core/metrics/mapping.cpp" line="+27"/>
        <source>mapping: &quot;%1&quot; must be a column name (a string)</source>
        <translation>映射：&quot;%1&quot; 必须是列名（字符串）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>mapping: metric &quot;%1&quot; has an unknown formula &quot;%2&quot;; use one of: %3</source>
        <translation>映射：指标 &quot;%1&quot; 的公式 &quot;%2&quot; 未知；请使用以下之一：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mapping: metric &quot;%1&quot; must name a column</source>
        <translation>映射：指标 &quot;%1&quot; 必须指定一列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapping: metric &quot;%1&quot; names no column</source>
        <translation>映射：指标 &quot;%1&quot; 未指定任何列</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>mapping: not valid JSON at offset %1: %2</source>
        <translation>映射：偏移 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mapping: the JSON must be an object</source>
        <translation>映射：JSON 必须是对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: unknown key &quot;%1&quot; ignored</source>
        <translation>映射：已忽略未知键 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapping: &quot;step&quot; (the column that names the step) is missing</source>
        <translation>映射：缺少 &quot;step&quot;（指明步骤的列）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: &quot;match&quot; must be key, title or auto, not &quot;%1&quot;</source>
        <translation>映射：&quot;match&quot; 必须为 key、title 或 auto，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapping: &quot;period&quot; must be month or week, not &quot;%1&quot;</source>
        <translation>映射：&quot;period&quot; 必须为 month 或 week，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mapping: &quot;metrics&quot; must map at least one metric to a column</source>
        <translation>映射：&quot;metrics&quot; 必须至少将一个指标映射到某一列</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mapping: a metric id is empty</source>
        <translation>映射：指标 ID 为空</translation>
    </message>
    <message>
        <location filename="../core/metrics/metricimport.cpp" line="+34"/>
        <source>metric id &quot;%1&quot; may only hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>指标 ID &quot;%1&quot; 只能包含字母、数字、&apos;_&apos;、&apos;.&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/formats/journeyfile.cpp" line="+36"/>
        <source>%1 is too large for a journey file</source>
        <translation>%1 过大，不像旅程文件</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+4"/>
        <location filename="../core/metrics/metricimport.cpp" line="+28"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/metrics/metricimport.cpp" line="+4"/>
        <source>%1: column &quot;%2&quot; is already used for something else</source>
        <translation>%1：列 &quot;%2&quot; 已用于其他用途</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no journey &quot;%1&quot;</source>
        <translation>没有旅程 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mapping names no metric column</source>
        <translation>映射中没有指定任何指标列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>metric &quot;%1&quot; is mapped twice</source>
        <translation>指标 &quot;%1&quot; 被映射了两次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date: column &quot;%1&quot; does not hold dates that Waymark can read (2026-03-15, 20260315, 15.03.2026 or 03/15/2026)</source>
        <translation>日期：列 &quot;%1&quot; 中没有 Waymark 能读取的日期（2026-03-15、20260315、15.03.2026 或 03/15/2026）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the data has no rows</source>
        <translation>数据中没有行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the %1 rows names a step of the journey in column &quot;%2&quot;</source>
        <translation>%1 行中没有一行在列 &quot;%2&quot; 中指明旅程的步骤</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot;: %2 not counted, %3 blank</source>
        <translation>&quot;%1&quot;：%2 个未计入，%3 个为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none of the %1 matched rows has an answer that can be counted (%2)</source>
        <translation>%1 个匹配行中没有任何可计入的答案 (%2)</translation>
    </message>
    <message>
        <location filename="../core/metrics/proposal.cpp" line="+176"/>
        <source>nps: &quot;%1&quot; (a rating with answers 0-10 reads like NPS)</source>
        <translation>nps：&quot;%1&quot;（答案为 0-10 的评分看起来像 NPS）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: &quot;%2&quot; reads like %3, but its answers are not on the %4-%5 scale; not used</source>
        <translation>%1：&quot;%2&quot; 看起来像 %3，但其答案不在 %4-%5 量表上；未使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; (its header reads like %3; answers %4-%5)</source>
        <translation>%1：&quot;%2&quot;（表头看起来像 %3；答案 %4-%5）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>date: &quot;%1&quot; (trends by month)</source>
        <translation>日期：&quot;%1&quot;（按月趋势）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>segment: &quot;%1&quot; (%2 different values in the first rows)</source>
        <translation>细分：&quot;%1&quot;（前几行中有 %2 个不同取值）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the file has no journeys to import into</source>
        <translation>文件中没有可导入的旅程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data names the steps of none of the %1 journeys</source>
        <translation>数据未指明 %1 个旅程中任何一个的步骤</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; (%2 % of the rows)</source>
        <translation>&quot;%1&quot;（%2% 的行）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data fits several journeys equally well: %1</source>
        <translation>数据同样适合多个旅程：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>step: &quot;%1&quot; (%2 % of its values name a step, by %3)</source>
        <translation>步骤：&quot;%1&quot;（%2% 的值按%3指明步骤）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step: no column names the steps of the journey by key or title</source>
        <translation>步骤：没有列按键或标题指明旅程的步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metrics: no column reads like NPS, CSAT or CES</source>
        <translation>指标：没有列看起来像 NPS、CSAT 或 CES</translation>
    </message>
    <message>
        <location filename="../core/model/validate.cpp" line="+36"/>
        <source>a step has no id</source>
        <translation>有步骤没有 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &quot;%1&quot; names a stage that does not exist: &quot;%2&quot;</source>
        <translation>步骤 &quot;%1&quot; 指向不存在的阶段：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &quot;%1&quot; names a lane that does not exist: &quot;%2&quot;</source>
        <translation>步骤 &quot;%1&quot; 指向不存在的泳道：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &quot;%1&quot; names a channel that does not exist: &quot;%2&quot;</source>
        <translation>步骤 &quot;%1&quot; 指向不存在的渠道：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &quot;%1&quot; has emotion %2; it must be between -2 and 2</source>
        <translation>步骤 &quot;%1&quot; 的情绪为 %2；必须在 -2 到 2 之间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a link has no id</source>
        <translation>有连线没有 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link &quot;%1&quot; starts at a step that does not exist: &quot;%2&quot;</source>
        <translation>连线 &quot;%1&quot; 起始于不存在的步骤：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link &quot;%1&quot; ends at a step that does not exist: &quot;%2&quot;</source>
        <translation>连线 &quot;%1&quot; 终止于不存在的步骤：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link &quot;%1&quot; has share %2; it must be between 0 and 1</source>
        <translation>连线 &quot;%1&quot; 的占比为 %2；必须在 0 到 1 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a journey has no id</source>
        <translation>有旅程没有 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot; names a persona that does not exist: &quot;%2&quot;</source>
        <translation>旅程 &quot;%1&quot; 指向不存在的用户画像：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>journey &quot;%1&quot;: stage id %2 is used twice or is empty</source>
        <translation>旅程 &quot;%1&quot;：阶段 ID %2 重复或为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot;: lane id %2 is used twice or is empty</source>
        <translation>旅程 &quot;%1&quot;：泳道 ID %2 重复或为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot;: step id %2 is used twice or is empty</source>
        <translation>旅程 &quot;%1&quot;：步骤 ID %2 重复或为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot;: link id %2 is used twice or is empty</source>
        <translation>旅程 &quot;%1&quot;：连线 ID %2 重复或为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot;: comment id %2 is used twice or is empty</source>
        <translation>旅程 &quot;%1&quot;：评论 ID %2 重复或为空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a vote names a step that does not exist: &quot;%1&quot;</source>
        <translation>有投票指向不存在的步骤：&quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a vote count on step &quot;%1&quot; is negative</source>
        <translation>步骤 &quot;%1&quot; 的票数为负</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>participant &quot;%1&quot; has two vote rows on step &quot;%2&quot;</source>
        <translation>参与者 &quot;%1&quot; 在步骤 &quot;%2&quot; 上有两条投票记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment &quot;%1&quot; names a step that does not exist: &quot;%2&quot;</source>
        <translation>评论 &quot;%1&quot; 指向不存在的步骤：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a metric value names a step that does not exist: &quot;%1&quot;</source>
        <translation>有指标值指向不存在的步骤：&quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a metric value names a metric that does not exist: &quot;%1&quot;</source>
        <translation>有指标值指向不存在的指标：&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/documentfile.cpp" line="+43"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a Waymark document</source>
        <translation>%1 是文件夹，不是 Waymark 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: permission denied</source>
        <translation>无法读取 %1：权限被拒绝</translation>
    </message>
    <message>
        <location filename="../core/formats/journeyfile.cpp" line="-28"/>
        <location filename="../core/storage/documentfile.cpp" line="+3"/>
        <location line="+159"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/documentfile.cpp" line="-156"/>
        <source>%1 is empty: not a Waymark document</source>
        <translation>%1 为空：不是 Waymark 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Waymark document (it is not an SQLite database)</source>
        <translation>%1 不是 Waymark 文档（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: the file is truncated</source>
        <translation>%1 已损坏：文件被截断</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an SQLite database of another application, not a Waymark document</source>
        <translation>%1 是其他应用程序的 SQLite 数据库，不是 Waymark 文档</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 is open read-only</source>
        <translation>%1 以只读方式打开</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is read-only on disk; changes cannot be saved</source>
        <translation>%1 在磁盘上为只读；无法保存更改</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is open in another Waymark window (process %2); opened read-only</source>
        <translation>%1 已在另一个 Waymark 窗口中打开（进程 %2）；已以只读方式打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in a folder that cannot be written; opened read-only</source>
        <translation>%1 所在文件夹不可写；已以只读方式打开</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+26"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was saved by a newer Waymark (file version %2, this version reads %3); opened read-only</source>
        <translation>%1 由更新版本的 Waymark 保存（文件版本 %2，此版本读取 %3）；已以只读方式打开</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a Waymark document (no schema version)</source>
        <translation>%1 不是 Waymark 文档（没有架构版本）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not upgraded: the backup copy could not be written (%2)</source>
        <translation>%1 未升级：无法写入备份副本（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be upgraded: %2</source>
        <translation>无法升级 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was upgraded from file version %2 to %3; the old file is kept as %4</source>
        <translation>%1 已从文件版本 %2 升级到 %3；旧文件保留为 %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/storage/savecopy.cpp" line="-11"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be opened for editing: %2</source>
        <translation>无法打开 %1 进行编辑：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../core/storage/savecopy.cpp" line="+22"/>
        <source>%1 could not be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/templates/sample.cpp" line="-18"/>
        <source>Buy a sofa online or in the showroom</source>
        <translation>在线上或展厅购买沙发</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anna has moved into her first flat and needs a sofa within a month. She looks online, visits the showroom, orders and waits for the delivery.</source>
        <translation>安娜搬进了她的第一套公寓，需要在一个月内买到沙发。她在网上浏览、去展厅看样、下单，然后等待送货。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/templates/templates.cpp" line="-113"/>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Consideration</source>
        <translation>考虑</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Support and loyalty</source>
        <translation>支持与忠诚</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/templates/templates.cpp" line="+118"/>
        <source>Physical evidence</source>
        <translation>有形证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="-11"/>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+3"/>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+9"/>
        <source>Frontstage actions</source>
        <translation>前台行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Backstage actions</source>
        <translation>后台行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Support processes</source>
        <translation>支持流程</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Buy a sofa (future state)</source>
        <translation>购买沙发（未来状态）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same purchase with AR swatches, guest checkout, 2-hour delivery slots and a named support agent.</source>
        <translation>同样的购买过程，但有 AR 面料预览、免注册结账、2 小时配送时段和专属客服。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Previews fabrics in AR at home</source>
        <translation>在家用 AR 预览面料</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checks out as a guest</source>
        <translation>以访客身份结账</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picks a 2-hour slot, booked with the carrier</source>
        <translation>选择 2 小时时段，直接向承运商预订</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waits for the 2-hour window</source>
        <translation>等待 2 小时配送窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A named agent owns the case and calls back</source>
        <translation>专属客服负责跟进并回电</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Anna, first-time buyer</source>
        <translation>安娜，首次购买者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sofa that fits a small flat and arrives on a day she is at home</source>
        <translation>一张适合小公寓、并能在她在家那天送到的沙发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t take a whole day off just to wait for a van.</source>
        <translation>我不能为了等送货车专门请一整天假。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>29, moved into her first flat, shops on her phone.</source>
        <translation>29 岁，刚搬进第一套公寓，习惯用手机购物。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marek, showroom browser</source>
        <translation>马雷克，逛展厅的顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit on it before paying 1,500 euros</source>
        <translation>花 1500 欧元之前先坐上去试试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos never show how deep a seat is.</source>
        <translation>照片永远看不出座深有多深。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>41, two children, buys furniture once in ten years.</source>
        <translation>41 岁，两个孩子，十年才买一次家具。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showroom</source>
        <translation>展厅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call centre</source>
        <translation>呼叫中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery partner</source>
        <translation>配送合作方</translation>
    </message>
    <message>
        <location filename="../core/model/standardmetrics.cpp" line="+21"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../core/templates/templates.cpp" line="-19"/>
        <source>New journey map</source>
        <translation>新客户旅程图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New service blueprint</source>
        <translation>新服务蓝图</translation>
    </message>
    <message>
        <location filename="../core/storage/savecopy.cpp" line="-31"/>
        <source>No file name for the copy.</source>
        <translation>未指定副本的文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy must go to another file than the open one.</source>
        <translation>副本必须保存到与当前打开文件不同的文件。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be replaced</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <location filename="../core/teamstore/teamstore.cpp" line="-13"/>
        <source>a moment ago</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../core/render/observedpainter.cpp" line="-253"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>waymark::AddChannelCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="+63"/>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
</context>
<context>
    <name>waymark::AddCommentCommand</name>
    <message>
        <location filename="../core/commands/workshopcommands.cpp" line="-130"/>
        <source>Add comment</source>
        <translation>添加评论</translation>
    </message>
</context>
<context>
    <name>waymark::AddItemsCommand</name>
    <message>
        <location filename="../core/commands/stepcommands.cpp" line="-222"/>
        <source>the journey no longer exists</source>
        <translation>该旅程已不存在</translation>
    </message>
</context>
<context>
    <name>waymark::AddLaneCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="+97"/>
        <source>Add lane</source>
        <translation>添加泳道</translation>
    </message>
</context>
<context>
    <name>waymark::AddMetricDefCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="+51"/>
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
</context>
<context>
    <name>waymark::AddPersonaCommand</name>
    <message>
        <location line="-97"/>
        <source>Add persona</source>
        <translation>添加用户画像</translation>
    </message>
</context>
<context>
    <name>waymark::AddStageCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="-64"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
</context>
<context>
    <name>waymark::CardTips</name>
    <message>
        <location filename="../app/gui/cardtips.cpp" line="+39"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (n %3)</source>
        <translation>%1：%2 (n %3)</translation>
    </message>
</context>
<context>
    <name>waymark::ChangeMetricDefCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="+114"/>
        <source>Change metric targets</source>
        <translation>更改指标目标值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the metric &quot;%1&quot; no longer exists</source>
        <translation>指标 &quot;%1&quot; 已不存在</translation>
    </message>
</context>
<context>
    <name>waymark::ChannelIconItem</name>
    <message>
        <location filename="../app/gui/channeliconitem.cpp" line="+43"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>waymark::DataFile</name>
    <message>
        <location filename="../core/metrics/datafile.cpp" line="+45"/>
        <location line="+13"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is not a text file (it holds NUL bytes); UTF-16 files need their byte order mark</source>
        <translation>%1 不是文本文件（含有 NUL 字节）；UTF-16 文件需要字节顺序标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>waymark::DataHeader</name>
    <message>
        <location filename="../core/metrics/datalayout.cpp" line="-52"/>
        <source>the data has no column &quot;%1&quot;; it has %2</source>
        <translation>数据中没有列 &quot;%1&quot;；现有：%2</translation>
    </message>
</context>
<context>
    <name>waymark::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="+23"/>
        <source>The file could not be read completely: %1</source>
        <translation>无法完整读取文件：%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../core/document/documentworkspace.cpp" line="+270"/>
        <source>there is no journey &quot;%1&quot;</source>
        <translation>没有旅程 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>could not start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a part of the change failed</source>
        <translation>部分更改失败</translation>
    </message>
    <message>
        <location filename="../core/document/documentworkspace.cpp" line="-250"/>
        <source>persona id &quot;%1&quot; is empty or already used</source>
        <translation>用户画像 ID &quot;%1&quot; 为空或已被使用</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <location line="+252"/>
        <source>there is no persona &quot;%1&quot;</source>
        <translation>没有用户画像 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>persona &quot;%1&quot; is used by journey &quot;%2&quot;</source>
        <translation>用户画像 &quot;%1&quot; 正被旅程 &quot;%2&quot; 使用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no persona at that position</source>
        <translation>该位置没有用户画像</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>channel id &quot;%1&quot; is empty or already used</source>
        <translation>渠道 ID &quot;%1&quot; 为空或已被使用</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>there is no channel &quot;%1&quot;</source>
        <translation>没有渠道 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channel &quot;%1&quot; is used by step &quot;%2&quot;</source>
        <translation>渠道 &quot;%1&quot; 正被步骤 &quot;%2&quot; 使用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no channel at that position</source>
        <translation>该位置没有渠道</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>metric id &quot;%1&quot; is empty or already used</source>
        <translation>指标 ID &quot;%1&quot; 为空或已被使用</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>there is no metric &quot;%1&quot;</source>
        <translation>没有指标 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric &quot;%1&quot; has values in journey &quot;%2&quot;</source>
        <translation>指标 &quot;%1&quot; 在旅程 &quot;%2&quot; 中有数值</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>journey id &quot;%1&quot; is already used</source>
        <translation>旅程 ID &quot;%1&quot; 已被使用</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>journey &quot;%1&quot; still has imported data</source>
        <translation>旅程 &quot;%1&quot; 中仍有导入的数据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>journey &quot;%1&quot; still has event data</source>
        <translation>旅程 &quot;%1&quot; 中仍有事件数据</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no journey at that position</source>
        <translation>该位置没有旅程</translation>
    </message>
    <message>
        <location filename="../core/document/documentjourney.cpp" line="+23"/>
        <source>stage id &quot;%1&quot; is empty or already used</source>
        <translation>阶段 ID &quot;%1&quot; 为空或已被使用</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>there is no stage &quot;%1&quot;</source>
        <translation>没有阶段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stage &quot;%1&quot; still holds steps</source>
        <translation>阶段 &quot;%1&quot; 中仍有步骤</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no stage at that position</source>
        <translation>该位置没有阶段</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>lane id &quot;%1&quot; is empty or already used</source>
        <translation>泳道 ID &quot;%1&quot; 为空或已被使用</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>there is no lane &quot;%1&quot;</source>
        <translation>没有泳道 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lane &quot;%1&quot; still holds steps</source>
        <translation>泳道 &quot;%1&quot; 中仍有步骤</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no lane at that position</source>
        <translation>该位置没有泳道</translation>
    </message>
    <message>
        <location filename="../core/document/documentitems.cpp" line="+127"/>
        <location filename="../core/document/documentjourney.cpp" line="+20"/>
        <source>step id &quot;%1&quot; is already used</source>
        <translation>步骤 ID &quot;%1&quot; 已被使用</translation>
    </message>
    <message>
        <location line="-102"/>
        <location filename="../core/document/documentjourney.cpp" line="+37"/>
        <location filename="../core/document/documentworkshop.cpp" line="+27"/>
        <location line="+58"/>
        <source>there is no step &quot;%1&quot;</source>
        <translation>没有步骤 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+113"/>
        <location filename="../core/document/documentjourney.cpp" line="+46"/>
        <source>link id &quot;%1&quot; is already used</source>
        <translation>连线 ID &quot;%1&quot; 已被使用</translation>
    </message>
    <message>
        <location line="-107"/>
        <location filename="../core/document/documentjourney.cpp" line="+28"/>
        <source>there is no link &quot;%1&quot;</source>
        <translation>没有连线 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>link &quot;%1&quot; names a step that does not exist: &quot;%2&quot;</source>
        <translation>连线 &quot;%1&quot; 指向不存在的步骤：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>link &quot;%1&quot; has a share outside 0..1</source>
        <translation>连线 &quot;%1&quot; 的占比超出 0..1</translation>
    </message>
    <message>
        <location filename="../core/document/documentworkshop.cpp" line="-62"/>
        <source>comment id &quot;%1&quot; is empty or already used</source>
        <translation>评论 ID &quot;%1&quot; 为空或已被使用</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+18"/>
        <source>there is no comment &quot;%1&quot;</source>
        <translation>没有评论 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a vote count cannot be negative</source>
        <translation>票数不能为负</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>import id &quot;%1&quot; is empty or already used</source>
        <translation>导入 ID &quot;%1&quot; 为空或已被使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a metric value does not fit the journey: step &quot;%1&quot;, metric &quot;%2&quot;</source>
        <translation>指标值与旅程不符：步骤 &quot;%1&quot;，指标 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there is no import &quot;%1&quot;</source>
        <translation>没有导入 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/document/documentpictures.cpp" line="+13"/>
        <source>picture id &quot;%1&quot; is empty or already used</source>
        <translation>图片 ID &quot;%1&quot; 为空或已被使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picture &quot;%1&quot; has no data</source>
        <translation>图片 &quot;%1&quot; 没有数据</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no picture &quot;%1&quot;</source>
        <translation>没有图片 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picture &quot;%1&quot; is still shown</source>
        <translation>图片 &quot;%1&quot; 仍在使用中</translation>
    </message>
</context>
<context>
    <name>waymark::DocumentController</name>
    <message>
        <location filename="../app/gui/documentcontroller.cpp" line="+115"/>
        <source>A password is only asked for a team workspace.</source>
        <translation>只有团队工作区才会要求输入密码。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy as %1</source>
        <translation>已将副本另存为 %1</translation>
    </message>
</context>
<context>
    <name>waymark::EventImportController</name>
    <message>
        <location filename="../app/gui/eventimportcontroller.cpp" line="+108"/>
        <source>Choose a journey first.</source>
        <translation>请先选择一个旅程。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>No event matches a step of this journey.</source>
        <translation>没有事件与此旅程的步骤匹配。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The event data could not be stored.</source>
        <translation>无法存储事件数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 matched, %3 unmatched; %4 conformant, %5 reached a goal.</source>
        <translation>%1，匹配 %2，未匹配 %3；符合地图 %4，达成目标 %5。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ExportController</name>
    <message>
        <location filename="../app/gui/exportcontroller.cpp" line="+106"/>
        <source>An export is still being written.</source>
        <translation>仍有导出正在写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a map to export it.</source>
        <translation>请先打开一张地图再导出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waymark cannot export to &quot;%1&quot;: choose PDF, PNG, SVG, CSV, JSON or Mermaid.</source>
        <translation>Waymark 无法导出到 &quot;%1&quot;：请选择 PDF、PNG、SVG、CSV、JSON 或 Mermaid。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown page size &quot;%1&quot;.</source>
        <translation>未知页面尺寸 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journey to export is gone.</source>
        <translation>要导出的旅程已不存在。</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Exported %1: %n page(s).</source>
        <translation>
            <numerusform>已导出 %1：%n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
</context>
<context>
    <name>waymark::FindController</name>
    <message>
        <location filename="../app/gui/findcontroller.cpp" line="+15"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external key</source>
        <translation>外部键</translation>
    </message>
</context>
<context>
    <name>waymark::MapEditor</name>
    <message>
        <location filename="../app/gui/cardeditor.cpp" line="+28"/>
        <location filename="../app/gui/pictureeditor.cpp" line="+105"/>
        <source>The Emotions lane shows the curve of the cards&apos; emotions; cards go in the other lanes.</source>
        <translation>情绪泳道显示卡片情绪的曲线；卡片应放在其他泳道中。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The clipboard does not hold cards Waymark can read: %1</source>
        <translation>剪贴板中没有 Waymark 能读取的卡片：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/journeyeditor.cpp" line="+42"/>
        <source>New journey</source>
        <translation>新旅程</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 holds no journeys.</source>
        <translation>%1 中没有旅程。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Imported %n journey(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个旅程。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate as future state</source>
        <translation>复制为未来状态</translation>
    </message>
</context>
<context>
    <name>waymark::MapSheet</name>
    <message>
        <location filename="../core/render/mapsheet.cpp" line="+137"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Links</source>
        <translation>连线</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−2 … +2</source>
        <translation>−2 … +2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+272"/>
        <source>Overlay: %1</source>
        <extracomment>legend heading: the metric shown on the cards</extracomment>
        <translation>叠加：%1</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>good %1</source>
        <translation>良好 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>watch %1</source>
        <translation>关注 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad %1</source>
        <translation>较差 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no thresholds set</source>
        <translation>未设置阈值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fewer than %1 answers</source>
        <translation>少于 %1 个答案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dot votes</source>
        <translation>圆点投票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>%1 / %2</source>
        <extracomment>page number on a printed sheet: &quot;2 / 6&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 of %2 · column %3 of %4</source>
        <extracomment>where a printed tile sits: row and column in the grid of pages</extracomment>
        <translation>第 %1/%2 行 · 第 %3/%4 列</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Persona: %1</source>
        <translation>用户画像：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
</context>
<context>
    <name>waymark::MetricImportController</name>
    <message>
        <location filename="../app/gui/metricimportcontroller.cpp" line="+140"/>
        <location line="+52"/>
        <source>Choose the column that names the steps.</source>
        <translation>请选择指明步骤的列。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The step column is empty in the first rows.</source>
        <translation>前几行中的步骤列为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 rows name a step of this journey.</source>
        <translation>%2 行中有 %1 行指明了此旅程的步骤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the first %2 rows name a step of this journey.</source>
        <translation>前 %2 行中有 %1 行指明了此旅程的步骤。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not found: %2.</source>
        <translation>%1 未找到：%2。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a data file.</source>
        <translation>请选择数据文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a journey to import into.</source>
        <translation>请打开要导入数据的旅程。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose at least one metric column.</source>
        <translation>请至少选择一个指标列。</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+70"/>
        <source>%1: %2</source>
        <extracomment>one column of the import mapping: its use, then the column&apos;s name</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New metric</source>
        <translation>新指标</translation>
    </message>
    <message>
        <location filename="../app/gui/metricimportjob.cpp" line="+98"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing was imported: the document was closed meanwhile.</source>
        <translation>未导入任何内容：文档已在此期间关闭。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import metrics from %1</source>
        <translation>从 %1 导入指标</translation>
    </message>
</context>
<context>
    <name>waymark::MetricOverlay</name>
    <message>
        <location filename="../app/gui/metricoverlay.cpp" line="+168"/>
        <source>no targets set</source>
        <translation>未设置目标值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≥ %1 good</source>
        <translation>≥ %1 良好</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>%1 to %2 watch</source>
        <translation>%1 至 %2 关注</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&lt; %1 act</source>
        <translation>&lt; %1 需行动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1 good</source>
        <translation>≤ %1 良好</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt; %1 act</source>
        <translation>&gt; %1 需行动</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The green target “%1” is not a number.</source>
        <translation>绿色目标值“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber target “%1” is not a number.</source>
        <translation>黄色目标值“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The green target must not be below the amber one.</source>
        <translation>绿色目标值不得低于黄色目标值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The green target must not be above the amber one.</source>
        <translation>绿色目标值不得高于黄色目标值。</translation>
    </message>
</context>
<context>
    <name>waymark::MoveJourneyCommand</name>
    <message>
        <location filename="../core/commands/journeycommands.cpp" line="-27"/>
        <source>Move journey</source>
        <translation>移动旅程</translation>
    </message>
</context>
<context>
    <name>waymark::MoveLaneCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="+110"/>
        <source>Move lane</source>
        <translation>移动泳道</translation>
    </message>
</context>
<context>
    <name>waymark::MoveStageCommand</name>
    <message>
        <location line="-63"/>
        <source>Move stage</source>
        <translation>移动阶段</translation>
    </message>
</context>
<context>
    <name>waymark::MoveStepsCommand</name>
    <message>
        <location filename="../core/commands/stepcommands.cpp" line="+70"/>
        <source>the target cell no longer exists</source>
        <translation>目标单元格已不存在</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a card to move no longer exists</source>
        <translation>要移动的卡片已不存在</translation>
    </message>
</context>
<context>
    <name>waymark::ObservedOverlay</name>
    <message>
        <location filename="../app/gui/observedoverlay.cpp" line="+122"/>
        <source>Skipped steps</source>
        <translation>跳过步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jumped ahead of the plan</source>
        <translation>跳到了计划中靠后的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went back</source>
        <translation>回退</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>returned to an earlier step</source>
        <translation>返回到之前的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad hoc</source>
        <translation>计划外</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved where the plan never leads</source>
        <translation>走向计划中从未通向的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same step twice in a row</source>
        <translation>连续两次经过同一步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ended away from a goal</source>
        <translation>未在目标处结束</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>“%1”: %2 by %3.</source>
        <extracomment>A step badge&apos;s tooltip: %1 is the step&apos;s title, then &quot;12 visits&quot;, &quot;10 cases&quot;.</extracomment>
        <translation>“%1”：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 (%3%)</source>
        <extracomment>One channel of a step&apos;s channel mix: name, visits, share of the step&apos;s visits.</extracomment>
        <translation>%1 %2（%3%）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no channel %1</source>
        <translation>无渠道 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels (“%1”): %2</source>
        <extracomment>%1 is the channel column&apos;s name, %2 the list of channels with their visits.</extracomment>
        <translation>渠道（“%1”）：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>Not on the map: %n customer(s) went from “%2” to “%3”. Click to add this link.</source>
        <extracomment>A ghost link&apos;s tooltip; %2 and %3 are step titles.</extracomment>
        <translation>
            <numerusform>不在地图上：%n 位客户从“%2”转到“%3”。点击即可添加此连线。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The links already have the observed shares.</source>
        <translation>连线已采用实际占比。</translation>
    </message>
</context>
<context>
    <name>waymark::ObservedPainter</name>
    <message>
        <location filename="../core/render/observedpainter.cpp" line="+217"/>
        <source>%1 left</source>
        <translation>流失 %1</translation>
    </message>
</context>
<context>
    <name>waymark::Parser</name>
    <message>
        <location filename="../core/formats/mermaidimport.cpp" line="-278"/>
        <source>the score &quot;%1&quot; is not a number</source>
        <translation>评分 &quot;%1&quot; 不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %1 is rounded to %2</source>
        <translation>评分 %1 已四舍五入为 %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the task has no score; write &quot;Task: 0..5: actors&quot;</source>
        <translation>任务没有评分；请写成 &quot;Task: 0..5: actors&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the score %1 is outside 0..5; taken as %2</source>
        <translation>评分 %1 超出 0..5 范围；按 %2 处理</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a task; write &quot;Task name: score: actor, actor&quot;</source>
        <translation>&quot;%1&quot; 不是任务；请写成 &quot;Task name: score: actor, actor&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a task needs a name before its &apos;:&apos;</source>
        <translation>任务在 &apos;:&apos; 之前需要名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>text after the actors is ignored</source>
        <translation>参与者之后的文字已忽略</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey</source>
        <translation>Mermaid 旅程中不允许使用 &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;journey&quot; may appear only once, on the first line</source>
        <translation>&quot;journey&quot; 只能出现一次，且位于第一行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a section needs a name</source>
        <translation>部分需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a section name cannot hold &apos;:&apos;</source>
        <translation>部分名称不能包含 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>front matter (&quot;---&quot;) must come first in the file, before any directive or comment, and end with a &quot;---&quot; line</source>
        <translation>前置元数据 (&quot;---&quot;) 必须位于文件最前面，在任何指令或注释之前，并以一行 &quot;---&quot; 结束</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this is a Mermaid &quot;%1&quot; diagram, not a journey</source>
        <translation>这是 Mermaid &quot;%1&quot; 图，不是 journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Mermaid journey: the diagram must start with &quot;journey&quot;</source>
        <translation>不是 Mermaid 旅程：图必须以 &quot;journey&quot; 开头</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the front matter that starts with &quot;---&quot; is not closed with a &quot;---&quot; line</source>
        <translation>以 &quot;---&quot; 开始的前置元数据没有用一行 &quot;---&quot; 闭合</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;accDescr {&quot; is not closed with &quot;}&quot;</source>
        <translation>&quot;accDescr {&quot; 未用 &quot;}&quot; 闭合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Mermaid journey: there is no &quot;journey&quot; line</source>
        <translation>不是 Mermaid 旅程：没有 &quot;journey&quot; 行</translation>
    </message>
</context>
<context>
    <name>waymark::PictureEditor</name>
    <message>
        <location filename="../app/gui/pictureeditor.cpp" line="-54"/>
        <location line="+25"/>
        <source>The picture was not added: %1</source>
        <translation>未添加图片：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no picture on the clipboard.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 × %2 · %3</source>
        <extracomment>size and type of a picture: &quot;1280 × 720 · PNG&quot;</extracomment>
        <translation>%1 × %2 · %3</translation>
    </message>
</context>
<context>
    <name>waymark::PrintController</name>
    <message>
        <location filename="../app/gui/printcontroller.cpp" line="+94"/>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the map is laid out for A4, A3, A2 or Letter paper, not %1</source>
        <translation>地图按 A4、A3、A2 或 Letter 纸张排版，不支持 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no file to print into was given</source>
        <translation>未指定要打印到的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the system print dialog needs Qt Widgets</source>
        <translation>系统打印对话框需要 Qt Widgets</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This journey: %1</source>
        <translation>当前旅程：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n journey(s) of the file</source>
        <translation>
            <numerusform>文件中的全部 %n 个旅程</numerusform>
        </translation>
    </message>
    <message>
        <location line="-104"/>
        <source>there is no printer &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的打印机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the printer &quot;%1&quot; cannot be used</source>
        <translation>无法使用打印机 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveChannelCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="-62"/>
        <source>Delete channel</source>
        <translation>删除渠道</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveCommentCommand</name>
    <message>
        <location filename="../core/commands/workshopcommands.cpp" line="+18"/>
        <source>Delete comment</source>
        <translation>删除评论</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the comment no longer exists</source>
        <translation>该评论已不存在</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveJourneyCommand</name>
    <message>
        <location filename="../core/commands/journeycommands.cpp" line="-44"/>
        <source>Delete journey</source>
        <translation>删除旅程</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the journey no longer exists</source>
        <translation>该旅程已不存在</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveLaneCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="+34"/>
        <source>Delete lane</source>
        <translation>删除泳道</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the lane no longer exists</source>
        <translation>该泳道已不存在</translation>
    </message>
</context>
<context>
    <name>waymark::RemovePersonaCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="-46"/>
        <source>Delete persona</source>
        <translation>删除用户画像</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveStageCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="-74"/>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the stage no longer exists</source>
        <translation>该阶段已不存在</translation>
    </message>
</context>
<context>
    <name>waymark::SetVoteCommand</name>
    <message>
        <location filename="../core/commands/workshopcommands.cpp" line="+13"/>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
</context>
<context>
    <name>waymark::TeamStore</name>
    <message>
        <location filename="../core/teamstore/teamstore.cpp" line="+40"/>
        <source>no workspace named: add ?workspace=NAME to the URI or --workspace NAME</source>
        <translation>未指定工作区名称：请在 URI 中添加 ?workspace=NAME 或使用 --workspace NAME</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>your role &quot;%1&quot; may only read the team workspace &quot;%2&quot;</source>
        <translation>您的角色 &quot;%1&quot; 只能读取团队工作区 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>offline, reconnecting: the edit was not saved</source>
        <translation>离线，正在重新连接：此编辑未保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an id or a participant name is too long for the server (%1)</source>
        <translation>某个 ID 或参与者名称对服务器而言过长 (%1)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1, after your edit; undoing it would overwrite that</source>
        <translation>%1，在您编辑之后；撤销您的编辑将覆盖这一修改</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>this %1 was changed by %2 %3</source>
        <translation>%2 %3修改了此%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this %1 was removed by %2 %3</source>
        <translation>%2 %3删除了此%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this %1 was changed by someone else</source>
        <translation>此%1已被其他人修改</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>this %1 is no longer in the workspace</source>
        <translation>此%1已不在工作区中</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopAppendix</name>
    <message>
        <location filename="../core/render/workshopappendix.cpp" line="+73"/>
        <source>Dot votes, ranked</source>
        <translation>圆点投票排名</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>waymark::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="-57"/>
        <source>Usage: waymark [FILE.cjm]            open the editor
       waymark COMMAND [OPTIONS]     work on a file without a window

Commands:
</source>
        <translation>用法：waymark [FILE.cjm]            打开编辑器
      waymark COMMAND [OPTIONS]     不打开窗口处理文件

命令：
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Options:
  --help, -h        show this help (or &apos;waymark COMMAND --help&apos;)
  --version, -v     show the version

Editor options: waymark FILE.cjm --screenshot OUT.png [--size 1600x1000]
</source>
        <translation>
选项：
  --help, -h        显示此帮助（或 &apos;waymark COMMAND --help&apos;）
  --version, -v     显示版本

编辑器选项：waymark FILE.cjm --screenshot OUT.png [--size 1600x1000]
</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown command &quot;%1&quot;; see &apos;waymark --help&apos;</source>
        <translation>未知命令 &quot;%1&quot;；请参阅 &apos;waymark --help&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waymark: error: %1</source>
        <translation>waymark：错误：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waymark: warning: %1</source>
        <translation>waymark：警告：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>waymark %1: %2 (see &apos;waymark %1 --help&apos;)</source>
        <translation>waymark %1：%2（请参阅 &apos;waymark %1 --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_analyze.cpp" line="+44"/>
        <source>Analyses the journey graph: entries and goals, unreachable steps, dead ends, loops, must-pass steps, the most likely paths with their handoffs and channel switches, the goal share, where customers are lost and the most important steps. With --compare, puts two journeys side by side (current and future state): waymark analyze FILE.cjm --compare CURRENT FUTURE</source>
        <translation>分析旅程图：入口与目标、不可达步骤、死胡同、循环、必经步骤、最可能的路径及其交接与渠道切换、目标达成率、客户流失之处以及最重要的步骤。使用 --compare 可将两个旅程（当前状态与未来状态）并排比较：waymark analyze FILE.cjm --compare CURRENT FUTURE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workspace to analyse</source>
        <translation>要分析的工作区</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_metrics.cpp" line="-32"/>
        <source>one journey, by name or id (default: all)</source>
        <translation>一个旅程，按名称或 ID（默认：全部）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the analysis as JSON (see the README)</source>
        <translation>将分析写出为 JSON（参见 README）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compare two journeys, each by name or id: --compare CURRENT FUTURE</source>
        <translation>比较两个旅程，各按名称或 ID：--compare CURRENT FUTURE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--compare needs two journeys: CURRENT FUTURE</source>
        <translation>--compare 需要两个旅程：CURRENT FUTURE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--journey and --compare cannot be used together</source>
        <translation>--journey 与 --compare 不能同时使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="-143"/>
        <source>no metric &quot;%1&quot;: the file defines no metrics</source>
        <translation>没有指标 &quot;%1&quot;：文件未定义任何指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no metric &quot;%1&quot;; the file has: %2</source>
        <translation>没有指标 &quot;%1&quot;；文件中有：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes journeys to a file. The format comes from the extension of -o (.pdf, .png, .svg, .csv, .json, .mmd) unless --format is given; &apos;-o -&apos; writes to standard output. pdf, csv, votes-csv and json cover every journey, png, svg and mermaid the first one, unless --journey names one.</source>
        <translation>将旅程写入文件。除非指定 --format，格式由 -o 的扩展名决定（.pdf、.png、.svg、.csv、.json、.mmd）；&apos;-o -&apos; 写到标准输出。pdf、csv、votes-csv 和 json 包含所有旅程，png、svg 和 mermaid 只包含第一个，除非用 --journey 指定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workspace to export from</source>
        <translation>要导出的工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format: %1</source>
        <translation>输出格式：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one journey, by name or id</source>
        <translation>一个旅程，按名称或 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf paper: %1 (default A4; landscape, tiled when the map is larger; fit: one page cut to the map)</source>
        <translation>pdf 纸张：%1（默认 A4；横向，地图较大时分页拼接；fit：按地图裁切为单页）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pdf: portrait paper instead of landscape</source>
        <translation>pdf：纵向而非横向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, png, svg: show this metric (id or name) on the cards</source>
        <translation>pdf、png、svg：在卡片上显示此指标（ID 或名称）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, png, svg: draw what event logs say over the map (traffic, unplanned transitions, cases and times per step; see import-events)</source>
        <translation>pdf、png、svg：在地图上绘制事件日志反映的情况（流量、计划外跳转、各步骤的案例数和耗时；参见 import-events）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>png, svg: pixels per inch (default 96: one pixel per map unit)</source>
        <translation>png、svg：每英寸像素数（默认 96：每个地图单位一个像素）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, png, svg: show workshop results: dot votes and comment counts on the cards, and in the pdf an appendix of ranked votes and comments</source>
        <translation>pdf、png、svg：显示工作坊结果：卡片上的圆点投票与评论数，pdf 中另附投票排名与评论附录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave workshop results out (the default)</source>
        <translation>不包含工作坊结果（默认）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say where to write: -o OUT</source>
        <translation>请指定写入位置：-o OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown format &quot;%1&quot;; use one of: %2</source>
        <translation>未知格式 &quot;%1&quot;；请使用以下之一：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give --format when writing to standard output</source>
        <translation>写到标准输出时请指定 --format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give --format: the extension of &quot;%1&quot; names no format</source>
        <translation>请指定 --format：&quot;%1&quot; 的扩展名不对应任何格式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--comments and --no-comments contradict each other</source>
        <translation>--comments 与 --no-comments 互相矛盾</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown page size &quot;%1&quot;; use one of: %2</source>
        <translation>未知页面尺寸 &quot;%1&quot;；请使用以下之一：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dpi takes a number from 10 to 2400</source>
        <translation>--dpi 需要 10 到 2400 之间的数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 does not apply to %2 and is ignored</source>
        <translation>--%1 不适用于 %2，已忽略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 applies to pdf only and is ignored</source>
        <translation>--%1 仅适用于 pdf，已忽略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dpi applies to png and svg only and is ignored</source>
        <translation>--dpi 仅适用于 png 和 svg，已忽略</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no journeys to export</source>
        <translation>%1 中没有可导出的旅程</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cut to the map</source>
        <translation>按地图裁切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait</source>
        <translation>%1 纵向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 landscape</source>
        <translation>%1 横向</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="-71"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="-62"/>
        <source>Adds the journeys of a JSON file (DESIGN.md §7) or a Mermaid journey diagram to a workspace file, creating the file if it does not exist. All or nothing.</source>
        <translation>将 JSON 文件（DESIGN.md §7）或 Mermaid journey 图中的旅程添加到工作区文件；文件不存在时会创建。要么全部成功，要么不做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workspace to add to</source>
        <translation>要添加到的工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Waymark journey JSON file</source>
        <translation>Waymark 旅程 JSON 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Mermaid &quot;journey&quot; diagram: sections become stages, tasks steps</source>
        <translation>Mermaid &quot;journey&quot; 图：部分成为阶段，任务成为步骤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --json or --mermaid, not both</source>
        <translation>请指定 --json 或 --mermaid，不能同时指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what to import: --json IN.json or --mermaid IN.mmd</source>
        <translation>请指定要导入的内容：--json IN.json 或 --mermaid IN.mmd</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="+6"/>
        <location line="+4"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+6"/>
        <location line="+4"/>
        <location line="+150"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="+39"/>
        <location filename="../app/cli/cmd_importevents.cpp" line="+181"/>
        <location line="+41"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+17"/>
        <location line="+39"/>
        <location line="+11"/>
        <source>nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="-240"/>
        <source> (%1 characters)</source>
        <translation> (%1 个字符)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>step: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1 into &quot;%2&quot; (%3 layout): %4 rows read, %5 matched, %6 unmatched, %7 rejected; %8 values on %9 steps.
</source>
        <translation>已将 %1 导入 &quot;%2&quot;（%3 布局）：读取 %4 行，匹配 %5 行，未匹配 %6 行，拒绝 %7 行；%9 个步骤上有 %8 个数值。
</translation>
    </message>
    <message>
        <location filename="../app/cli/encodingoption.cpp" line="+45"/>
        <source>Read as %1 (--encoding).
</source>
        <translation>按 %1 读取 (--encoding)。
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1: the file is not UTF-8 text (--encoding overrides).
</source>
        <translation>按 %1 读取：文件不是 UTF-8 文本（可用 --encoding 指定）。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+9"/>
        <source>Mapping (proposed; to change it, save it to a file, edit it and pass --mapping): %1
</source>
        <translation>映射（建议值；如需更改，请保存到文件、编辑后通过 --mapping 传入）：%1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced the earlier import of the same survey (%1, %2).
</source>
        <translation>已替换同一调研的上一次导入（%1，%2）。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the metric &quot;%1&quot; (%2).
</source>
        <translation>已添加指标 &quot;%1&quot;（%2）。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows whose step matches no step of the journey:
</source>
        <translation>步骤与旅程中任何步骤都不匹配的行：
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="-135"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+3"/>
        <source>  &quot;%1&quot;: %2
</source>
        <translation>  &quot;%1&quot;：%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+1"/>
        <location filename="../app/cli/cmd_metrics.cpp" line="+31"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  other values: %1
</source>
        <translation>  其他值：%1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: &quot;%2&quot;</source>
        <translation>第 %1 行：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers not counted in &quot;%1&quot; (%2): %3, e.g. %4
</source>
        <translation>未计入 &quot;%1&quot; 的答案（%2）：%3，例如 %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows with no answer in &quot;%1&quot; (%2): %3
</source>
        <translation>&quot;%1&quot; 中没有答案的行 (%2)：%3
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates that could not be read: %1 (those rows count in no period)
</source>
        <translation>无法读取的日期：%1（这些行不计入任何周期）
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imports survey or analytics data (CSV) into a workspace: the answers are aggregated per step (and per month and segment where mapped). Without --mapping, the columns are proposed from the header and question texts; without --journey, the journey whose steps the data names is chosen. A newer export of the same survey replaces the older one. All or nothing.</source>
        <translation>将调研或分析数据（CSV）导入工作区：答案按步骤汇总（若已映射，还按月份和细分汇总）。不带 --mapping 时，根据表头和问题文本推荐列；不带 --journey 时，选择数据中所指明步骤所属的旅程。同一调研的较新导出会替换较旧的。要么全部成功，要么不做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="+32"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+5"/>
        <source>the workspace to import into</source>
        <translation>要导入到的工作区</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+2"/>
        <source>the export: CSV, UTF-8, UTF-16, Windows-1251 or Windows-1252</source>
        <translation>导出文件：CSV，编码为 UTF-8、UTF-16、Windows-1251 或 Windows-1252</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="-87"/>
        <source>could not tell which journey the activities belong to</source>
        <translation>无法判断这些活动属于哪个旅程</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1 into &quot;%2&quot;: %3, %4 (%5 matched, %6 unmatched), %7, conformant %8, reached a goal %9.
</source>
        <translation>已将 %1 导入“%2”：%3，%4（匹配 %5，未匹配 %6），%7，符合地图 %8，达成目标 %9。
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns: %1
</source>
        <translation>列：%1
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segments (&quot;%1&quot;): %2.
</source>
        <translation>细分（“%1”）：%2。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no values</source>
        <translation>无值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced the earlier event data (%1, %2).
</source>
        <translation>已替换之前的事件数据（%1，%2）。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities that match no step (dropped), with their events:
</source>
        <translation>与任何步骤都不匹配的活动（已丢弃）及其事件数：
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  other activities: %1
</source>
        <translation>  其他活动：%1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deviations (cases): %1 skipped, %2 backtrack, %3 ad hoc, %4 repeated, %5 incomplete.
</source>
        <translation>偏差（案例数）：跳过 %1，回退 %2，计划外 %3，重复 %4，未完成 %5。
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imports an event log (CSV: case id, activity, timestamp; optional channel and segment) and stores what customers really did on a journey: paths, transitions, variants, time per step, conformance and deviations. Activities are matched to steps by external key, then by title. With --source and --query, the events stay in PostgreSQL and the server does the counting. Replaces the journey&apos;s earlier event data; all or nothing.</source>
        <translation>导入事件日志（CSV：案例 ID、活动、时间戳；可选渠道和细分），并存储客户在旅程中的实际行为：路径、跳转、变体、各步骤耗时、符合度与偏差。活动先按外部键、再按标题与步骤匹配。使用 --source 和 --query 时，事件保留在 PostgreSQL 中，由服务器完成统计。会替换该旅程之前的事件数据；要么全部成功，要么不做任何更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the event log: CSV, UTF-8, UTF-16, Windows-1251 or Windows-1252</source>
        <translation>事件日志：CSV，编码为 UTF-8、UTF-16、Windows-1251 或 Windows-1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+1"/>
        <source>the journey, by name or id</source>
        <translation>旅程，按名称或 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+2"/>
        <source>which column is which (see README)</source>
        <translation>各列的含义（参见 README）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PostgreSQL database (postgresql://...) instead of a CSV file</source>
        <translation>使用 PostgreSQL 数据库 (postgresql://...) 代替 CSV 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --source: the SELECT that returns the events</source>
        <translation>与 --source 一起使用：返回事件的 SELECT 语句</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--encoding is for CSV files, not --source</source>
        <translation>--encoding 仅适用于 CSV 文件，不适用于 --source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--source and --query go together</source>
        <translation>--source 与 --query 必须同时使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either EVENTS.csv or --source and --query</source>
        <translation>请指定 EVENTS.csv，或同时指定 --source 和 --query</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing EVENTS.csv</source>
        <translation>缺少 EVENTS.csv</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the workspace has no journey to import events into</source>
        <translation>工作区中没有可导入事件的旅程</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name the journey with --journey</source>
        <translation>请用 --journey 指定旅程</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2; name the journey with --journey</source>
        <translation>%1：%2；请用 --journey 指定旅程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1：未导入任何内容：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no event matches a step of &quot;%1&quot;; nothing was imported</source>
        <translation>没有事件与 &quot;%1&quot; 的步骤匹配；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+2"/>
        <source>auto, plain, qualtrics or surveymonkey (default: auto)</source>
        <translation>auto、plain、qualtrics 或 surveymonkey（默认：auto）</translation>
    </message>
    <message>
        <location filename="../app/cli/encodingoption.cpp" line="-24"/>
        <source>auto, utf-8, utf-16le, utf-16be, windows-1251 or windows-1252 (default: auto: the byte order mark, else UTF-8, else the likelier Windows code page)</source>
        <translation>auto、utf-8、utf-16le、utf-16be、windows-1251 或 windows-1252（默认：auto：优先依据字节顺序标记，其次 UTF-8，再次为可能性更大的 Windows 代码页）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown encoding &quot;%1&quot;; use auto, utf-8, utf-16le, utf-16be, windows-1251 or windows-1252</source>
        <translation>未知编码 &quot;%1&quot;；请使用 auto、utf-8、utf-16le、utf-16be、windows-1251 或 windows-1252</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+15"/>
        <source>unknown layout &quot;%1&quot;; use auto, plain, qualtrics or surveymonkey</source>
        <translation>未知布局 &quot;%1&quot;；请使用 auto、plain、qualtrics 或 surveymonkey</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 has no data rows below its header; nothing was imported</source>
        <translation>%1 的表头下没有数据行；未导入任何内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>%1; name the journey with --journey</source>
        <translation>%1；请用 --journey 指定旅程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not tell which columns hold the steps and the metrics (%1); say it with --mapping M.json</source>
        <translation>无法判断哪些列是步骤和指标（%1）；请用 --mapping M.json 指定</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading %1: %2 %</source>
        <translation>正在读取 %1：%2%</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_metrics.cpp" line="-115"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="-145"/>
        <location filename="../app/cli/cmd_metrics.cpp" line="+9"/>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_metrics.cpp" line="+4"/>
        <source>%1 (n=%2)%3</source>
        <translation>%1 (n=%2)%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)
</source>
        <translation>%1（%2）
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  no metric values; import some with &apos;waymark import-metrics&apos;
</source>
        <translation>  没有指标数值；请用 &apos;waymark import-metrics&apos; 导入
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Shows each step&apos;s metrics (over all periods and segments) as a table, or as the JSON documented in the README.</source>
        <translation>以表格或 README 中说明的 JSON 显示每个步骤的指标（汇总所有周期和细分）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_observed.cpp" line="-24"/>
        <location line="+41"/>
        <location filename="../app/cli/cmd_pull.cpp" line="-41"/>
        <location filename="../app/cli/cmd_push.cpp" line="-44"/>
        <location filename="../app/cli/cmd_server.cpp" line="+51"/>
        <source>the workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write JSON to standard output</source>
        <translation>将 JSON 写到标准输出</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>
* small sample: fewer than %1 answers
</source>
        <translation>
* 样本量小：少于 %1 个答案
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot;（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Unmatched step values: %1
</source>
        <translation>
未匹配的步骤值：%1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with rejected answers: %1
</source>
        <translation>含被拒绝答案的行：%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no journeys.
</source>
        <translation>文件中没有旅程。
</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="+115"/>
        <source>no journey &quot;%1&quot;: the file has no journeys</source>
        <translation>没有旅程 &quot;%1&quot;：文件中没有旅程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no journey &quot;%1&quot;; the file has: %2</source>
        <translation>没有旅程 &quot;%1&quot;；文件中有：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_pull.cpp" line="-3"/>
        <source>Downloads a team workspace into a new workspace file.</source>
        <translation>将团队工作区下载到新的工作区文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_push.cpp" line="-1"/>
        <location filename="../app/cli/cmd_server.cpp" line="-1"/>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://user@host/database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to create</source>
        <translation>要创建的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the file if it exists</source>
        <translation>若文件已存在则替换</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 已存在；使用 --force 替换</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be replaced</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_push.cpp" line="-3"/>
        <source>Uploads a workspace file as a new team workspace (created when it is not there; it must be empty).</source>
        <translation>将工作区文件上传为新的团队工作区（不存在时会自动创建；必须为空）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file to upload</source>
        <translation>要上传的文件</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>workspace %1 already holds journeys; push makes a new workspace (open it to edit, or push under another name)</source>
        <translation>工作区 %1 中已有旅程；push 会新建工作区（如需编辑请直接打开它，或以其他名称 push）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="-24"/>
        <source>&quot;%1&quot; is not a workspace URI (postgresql://user@host/database)</source>
        <translation>&quot;%1&quot; 不是工作区 URI (postgresql://user@host/database)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the workspace: --workspace NAME</source>
        <translation>请指定工作区名称：--workspace NAME</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sets up team workspaces on a PostgreSQL server.
  waymark server init URI --workspace NAME
  waymark server grant URI --workspace NAME --role ROLE --read-only|--edit
The password comes from ~/.pgpass or PGPASSFILE, never from Waymark.</source>
        <translation>在 PostgreSQL 服务器上设置团队工作区。
  waymark server init URI --workspace NAME
  waymark server grant URI --workspace NAME --role ROLE --read-only|--edit
密码取自 ~/.pgpass 或 PGPASSFILE，绝不由 Waymark 保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create a workspace, or set a role&apos;s rights</source>
        <translation>创建工作区，或设置角色的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grant: the PostgreSQL role</source>
        <translation>grant：PostgreSQL 角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant: the role may read the workspace</source>
        <translation>grant：该角色可读取工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant: the role may read and edit the workspace</source>
        <translation>grant：该角色可读取和编辑工作区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown action &quot;%1&quot;; use init or grant</source>
        <translation>未知操作 &quot;%1&quot;；请使用 init 或 grant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grant needs --role ROLE and one of --read-only, --edit</source>
        <translation>grant 需要 --role ROLE 以及 --read-only、--edit 之一</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created workspace %1 (schema %2, version %3) on %4
</source>
        <translation>已在 %4 上创建工作区 %1（schema %2，版本 %3）
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 may now read and edit workspace %2
</source>
        <translation>%1 现在可以读取和编辑工作区 %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may now read workspace %2
</source>
        <translation>%1 现在可以读取工作区 %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_observed.cpp" line="-68"/>
        <source>nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sets each link&apos;s share to the share of customers who took it in the imported event log (links out of a visited step that nobody took get 0), so that the goal share and what-if analysis run on measured behaviour. One undo step per journey.</source>
        <translation>将每条连线的占比设为导入的事件日志中走过该连线的客户占比（从已访问步骤出发、但无人走过的连线设为 0），使达成目标占比和假设分析基于实测行为。每个旅程对应一步撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the journey, by name or id (default: every journey with event data)</source>
        <translation>旅程，按名称或 ID（默认：所有有事件数据的旅程）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; has no event data; import an event log first</source>
        <translation>&quot;%1&quot; 没有事件数据；请先导入事件日志</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no journey has event data; import an event log first</source>
        <translation>没有任何旅程有事件数据；请先导入事件日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adds a flow link between two steps, named by id (as analyze lists them): for example to plan a transition the event log shows but the map lacks.</source>
        <translation>在两个按 ID 指定的步骤（ID 与 analyze 列出的一致）之间添加流程线：例如将事件日志中出现、但地图中缺少的跳转纳入计划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the step the link starts at</source>
        <translation>连线的起始步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step it leads to</source>
        <translation>连线指向的步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journey, by name or id (needed when there are several)</source>
        <translation>旅程，按名称或 ID（有多个旅程时必须指定）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workspace has several journeys; name one with --journey</source>
        <translation>工作区中有多个旅程；请用 --journey 指定一个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no step with id &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 中没有 ID 为 &quot;%2&quot; 的步骤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; already has a link from &quot;%2&quot; to &quot;%3&quot; (%4)</source>
        <translation>&quot;%1&quot; 中已有从 &quot;%2&quot; 到 &quot;%3&quot; 的连线（%4）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added link %1 from &quot;%2&quot; to &quot;%3&quot;.
</source>
        <translation>已添加从 &quot;%2&quot; 到 &quot;%3&quot; 的连线 %1。
</translation>
    </message>
</context>
<context>
    <name>waymark::cli::Options</name>
    <message>
        <location filename="../app/cli/options.cpp" line="-55"/>
        <source>Usage: waymark %1</source>
        <translation>用法：waymark %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing arguments</source>
        <translation>缺少参数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>waymark::detail::Worker</name>
    <message>
        <location filename="../core/metrics/aggregateworker.cpp" line="+177"/>
        <source>the text is not UTF-8 here, though the start of the file is; say the file&apos;s encoding (--encoding windows-1252 or windows-1251)</source>
        <translation>此处文本不是 UTF-8，但文件开头是；请指定文件编码（--encoding windows-1252 或 windows-1251）</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 fields, but the header has %2</source>
        <translation>有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the segment column has more than %1 different values; choose a column with fewer</source>
        <translation>细分列的不同取值超过 %1 个；请选择取值更少的列</translation>
    </message>
</context>
<context>
    <name>waymark::events</name>
    <message>
        <location filename="../core/events/pgsource.cpp" line="-166"/>
        <source>the database says: %1</source>
        <translation>数据库返回：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the query must return the case id, activity and time columns (%1, %2, %3); it returns: %4</source>
        <translation>查询必须返回案例 ID、活动和时间列（%1、%2、%3）；实际返回：%4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the query returns no column &quot;%1&quot; for the %2; it returns: %3</source>
        <translation>查询未返回用于%2的列“%1”；返回的列为：%3</translation>
    </message>
    <message>
        <location line="+81"/>
        <location filename="../core/events/reader.cpp" line="+372"/>
        <source>(no case id)</source>
        <translation>（无案例 ID）</translation>
    </message>
    <message>
        <location filename="../core/events/proposal.cpp" line="-138"/>
        <source>no column &quot;%1&quot; for the %2 in the header</source>
        <translation>表头中没有用作%2的列 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the mapping is not a JSON object: %1</source>
        <translation>映射不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; in the mapping must be a string</source>
        <translation>映射中的 &quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;timeFormat&quot; must be iso, dmy, mdy or unix, not &quot;%1&quot;</source>
        <translation>&quot;timeFormat&quot; 必须为 iso、dmy、mdy 或 unix，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;match&quot; must be auto, key or title, not &quot;%1&quot;</source>
        <translation>&quot;match&quot; 必须为 auto、key 或 title，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot; in the mapping is ignored</source>
        <translation>已忽略映射中的未知键 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no date in &quot;%1&quot; tells the day from the month; read day first (give --mapping with &quot;timeFormat&quot;: &quot;mdy&quot; if the month comes first)</source>
        <translation>&quot;%1&quot; 中没有能区分日和月的日期；已按日在前读取（如果月在前，请通过 --mapping 指定 &quot;timeFormat&quot;: &quot;mdy&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date in &quot;%1&quot; tells the day from the month; read month first (give --mapping with &quot;timeFormat&quot;: &quot;dmy&quot; if the day comes first)</source>
        <translation>&quot;%1&quot; 中没有能区分日和月的日期；已按月在前读取（如果日在前，请通过 --mapping 指定 &quot;timeFormat&quot;: &quot;dmy&quot;）</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no time column: no column holds timestamps (ISO 8601, day.month.year, month/day/year or Unix seconds) in its first rows</source>
        <translation>没有时间列：前几行中没有任何列包含时间戳（ISO 8601、日.月.年、月/日/年或 Unix 秒）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time: &quot;%1&quot; holds timestamps</source>
        <translation>时间：&quot;%1&quot; 包含时间戳</translation>
    </message>
    <message>
        <location filename="../core/events/pgsource.cpp" line="-170"/>
        <location filename="../core/events/proposal.cpp" line="+9"/>
        <source>unreadable timestamps in column &quot;%1&quot;, such as &quot;%2&quot;</source>
        <translation>列 &quot;%1&quot; 中有无法读取的时间戳，例如 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/events/proposal.cpp" line="+28"/>
        <source>no activity column: no column names the steps of &quot;%1&quot; by key or title and none is called activity or event</source>
        <translation>没有活动列：没有列按键或标题指明 &quot;%1&quot; 的步骤，也没有名为 activity 或 event 的列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity: &quot;%1&quot; names the steps</source>
        <translation>活动：&quot;%1&quot; 指明步骤</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no case column: no column holds ids that repeat across events</source>
        <translation>没有案例列：没有列包含在多个事件间重复出现的 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>case: &quot;%1&quot; identifies the cases</source>
        <translation>案例：&quot;%1&quot; 标识案例</translation>
    </message>
    <message>
        <location filename="../core/events/reader.cpp" line="-435"/>
        <source>; if the month comes first, give --mapping with &quot;timeFormat&quot;: &quot;mdy&quot;</source>
        <translation>；如果月在前，请通过 --mapping 指定 &quot;timeFormat&quot;: &quot;mdy&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; if the day comes first, give --mapping with &quot;timeFormat&quot;: &quot;dmy&quot;</source>
        <translation>；如果日在前，请通过 --mapping 指定 &quot;timeFormat&quot;: &quot;dmy&quot;</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>二进制数据（NUL 字节）：这不是文本文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case, activity and time columns must all be given</source>
        <translation>必须同时指定案例、活动和时间列</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(other activities)</source>
        <translation>（其他活动）</translation>
    </message>
</context>
<context>
    <name>waymark::events::Reader</name>
    <message>
        <location line="-349"/>
        <source>no timestamp in column &quot;%1&quot;</source>
        <translation>列 &quot;%1&quot; 中没有时间戳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable timestamp &quot;%1&quot; in column &quot;%2&quot; (read as %3)%4</source>
        <translation>列 &quot;%2&quot; 中的时间戳 &quot;%1&quot; 无法读取（按 %3 读取）%4</translation>
    </message>
</context>
<context>
    <name>waymark::jsonread::Fields</name>
    <message>
        <location filename="../core/formats/jsonfields.h" line="+41"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown field &quot;%2&quot; ignored</source>
        <translation>%1：已忽略未知字段“%2”</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+29"/>
        <location line="+43"/>
        <source>missing required field &quot;%1&quot;</source>
        <translation>缺少必填字段“%1”</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+84"/>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
</context>
<context>
    <name>waymark::pg::Connection</name>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="+222"/>
        <source>the server asks for a password for &quot;%1&quot;: put it in ~/.pgpass (or in the file PGPASSFILE names), or type it when Waymark asks on a terminal</source>
        <translation>服务器要求“%1”的密码：请写入 ~/.pgpass（或 PGPASSFILE 指定的文件），或在 Waymark 于终端询问时输入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the password for &quot;%1&quot; found in ~/.pgpass (or PGPASSFILE, PGPASSWORD)</source>
        <translation>服务器拒绝了 ~/.pgpass（或 PGPASSFILE、PGPASSWORD）中“%1”的密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the password for &quot;%1&quot;</source>
        <translation>服务器拒绝了“%1”的密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>TLS %1 (sslmode=%2)</source>
        <translation>TLS %1 (sslmode=%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no TLS (sslmode=%1)</source>
        <translation>无 TLS (sslmode=%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a text contains a NUL character (U+0000), which a team workspace cannot store; remove it and try again</source>
        <translation>文本中含有 NUL 字符 (U+0000)，团队工作区无法存储；请删除后重试</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+92"/>
        <source>connection lost: %1</source>
        <translation>连接已断开：%1</translation>
    </message>
</context>
<context>
    <name>waymark::scenario</name>
    <message>
        <location filename="../core/templates/scenario.cpp" line="+34"/>
        <source>Physical evidence</source>
        <translation>有形证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer actions</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frontstage actions</source>
        <translation>前台行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage actions</source>
        <translation>后台行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support processes</source>
        <translation>支持流程</translation>
    </message>
    <message>
        <location filename="../core/templates/templates.cpp" line="-105"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call centre</source>
        <translation>呼叫中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
</context>
<context>
    <name>waymark::team</name>
    <message>
        <location filename="../core/teamstore/teamschema.cpp" line="+147"/>
        <source>&quot;%1&quot; is not a workspace name: use 1 to 40 of a-z, 0-9 and _, starting with a letter</source>
        <translation>&quot;%1&quot; 不是有效的工作区名称：请使用 1 到 40 个 a-z、0-9 和 _ 字符，并以字母开头</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>workspace &quot;%1&quot; already exists on this server</source>
        <translation>此服务器上已存在工作区 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the role may not create a workspace here: %1</source>
        <translation>该角色无权在此创建工作区：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no workspace &quot;%1&quot; on this server (create it with &apos;waymark server init&apos;)</source>
        <translation>此服务器上没有工作区 &quot;%1&quot;（请用 &apos;waymark server init&apos; 创建）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workspace &quot;%1&quot; was made by a newer Waymark (version %2)</source>
        <translation>工作区 &quot;%1&quot; 由更新版本的 Waymark 创建（版本 %2）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there is no workspace &quot;%1&quot; on this server</source>
        <translation>此服务器上没有工作区 &quot;%1&quot;</translation>
    </message>
</context>
</TS>
