<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessMenu</name>
    <message>
        <location filename="../qml/Kiosk/AccessMenu.qml" line="+32"/>
        <location line="+11"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Controls within reach</source>
        <translation>按钮移至低处</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="+125"/>
        <location line="+28"/>
        <source>Touch to begin</source>
        <translation>触摸屏幕开始</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="+33"/>
        <source>Are you still there?</source>
        <translation>您还在浏览吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Starting again in %n second(s)</source>
        <translation>
            <numerusform>%n 秒后将回到开始页面</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Touch anywhere to continue</source>
        <translation>触摸屏幕任意位置继续</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/Kiosk/ImageViewer.qml" line="+77"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../qml/Kiosk/LanguageSwitch.qml" line="+16"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="+34"/>
        <source>Staff PIN</source>
        <translation>工作人员密码</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../qml/Kiosk/ReadAloudButton.qml" line="+13"/>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <location filename="../qml/Kiosk/SectionCard.qml" line="+69"/>
        <source>Explore</source>
        <translation>进入浏览</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="+86"/>
        <source>Previous panel</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Swipe to explore</source>
        <translation>滑动浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This panel is not yet translated into your language</source>
        <translation>本页尚未译成您的语言</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next panel</source>
        <translation>下一页</translation>
    </message>
</context>
<context>
    <name>SleepScreen</name>
    <message>
        <location filename="../qml/Kiosk/SleepScreen.qml" line="+36"/>
        <source>Closed now</source>
        <translation>现已闭馆</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opens %1</source>
        <translation>开放时间：%1</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../ui/staff.py" line="+111"/>
        <source>No staff PIN is set on this PC. Run &apos;kiosk set-pin&apos; to set one.</source>
        <translation>本机尚未设置工作人员密码。请运行 &apos;kiosk set-pin&apos; 进行设置。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wrong PIN. Tries left: %1</source>
        <translation>密码错误。剩余尝试次数：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 天 %2 小时 %3 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no visits recorded yet</source>
        <translation>尚无参观记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, median visit %1 min</source>
        <translation>，参观时长中位数 %1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits: %1</source>
        <translation>参观人次：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not available (%1)</source>
        <translation>无法获取（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reloading the content…</source>
        <translation>正在重新载入内容…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Events exported: %1, to %2</source>
        <translation>已导出 %1 条记录，保存至 %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation>密码错误次数过多。请在 %1 分钟后重试。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting usage data…</source>
        <translation>正在导出使用数据…</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <location filename="../qml/Kiosk/StaffCorner.qml" line="+14"/>
        <source>Staff menu (PIN)</source>
        <translation>工作人员菜单（PIN 码）</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../qml/Kiosk/StaffMenu.qml" line="+31"/>
        <source>Staff menu</source>
        <translation>工作人员菜单</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reload content</source>
        <translation>重新载入内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export usage data</source>
        <translation>导出使用数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart kiosk</source>
        <translation>重启展项程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>退出展项程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the exhibit</source>
        <translation>返回展项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the latest content</source>
        <translation>最新内容中的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New content waiting for the next visitor</source>
        <translation>等待下一位观众时启用的新内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits today</source>
        <translation>今日参观人次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running for</source>
        <translation>已运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renderer</source>
        <translation>渲染方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start mode</source>
        <translation>启动模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Kiosk/TopBar.qml" line="+32"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../qml/Kiosk/UnavailableScreen.qml" line="+24"/>
        <source>This exhibit is temporarily unavailable</source>
        <translation>本展项暂时无法使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Our staff have been told and it will be back soon. Thank you for your patience.</source>
        <translation>工作人员已收到通知，展项将很快恢复。感谢您的耐心等待。</translation>
    </message>
</context>
</TS>
