<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="87" />
        <location filename="../qml/Kiosk/AttractScreen.qml" line="115" />
        <source>Touch to begin</source>
        <translation>触摸屏幕开始</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="33" />
        <source>Are you still there?</source>
        <translation>您还在浏览吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="40" />
        <source>Starting again in %n second(s)</source>
        <translation>
            <numerusform>%n 秒后将回到开始页面</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="47" />
        <source>Touch anywhere to continue</source>
        <translation>触摸屏幕任意位置继续</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/Kiosk/ImageViewer.qml" line="99" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../qml/Kiosk/LanguageSwitch.qml" line="16" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <location filename="../qml/Kiosk/SectionCard.qml" line="68" />
        <source>Explore</source>
        <translation>进入浏览</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="71" />
        <source>Previous panel</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="86" />
        <source>Swipe to explore</source>
        <translation>滑动浏览</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="96" />
        <source>Next panel</source>
        <translation>下一页</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Kiosk/TopBar.qml" line="25" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TopBar.qml" line="31" />
        <location filename="../qml/Kiosk/TopBar.qml" line="32" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../qml/Kiosk/UnavailableScreen.qml" line="24" />
        <source>This exhibit is temporarily unavailable</source>
        <translation>本展项暂时无法使用</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/UnavailableScreen.qml" line="32" />
        <source>Our staff have been told and it will be back soon. Thank you for your patience.</source>
        <translation>工作人员已收到通知，展项将很快恢复。感谢您的耐心等待。</translation>
    </message>
</context>
</TS>