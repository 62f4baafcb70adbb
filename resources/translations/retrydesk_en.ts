<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n screenshot(s) written.</source>
        <translation>
            <numerusform>%n screenshot written.</numerusform>
            <numerusform>%n screenshots written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::instance::SingleInstance</name>
    <message numerus="yes">
        <source>A RetryDesk seems to be running (%1) but did not accept the connection within %n second(s). Close it, or end it if it does not respond, and try again.</source>
        <translation>
            <numerusform>A RetryDesk seems to be running (%1) but did not accept the connection within %n second. Close it, or end it if it does not respond, and try again.</numerusform>
            <numerusform>A RetryDesk seems to be running (%1) but did not accept the connection within %n seconds. Close it, or end it if it does not respond, and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The RetryDesk already running did not answer within %n second(s), so the link or options of this launch may not have reached it. If its window does not respond, end it and start RetryDesk again.</source>
        <translation>
            <numerusform>The RetryDesk already running did not answer within %n second, so the link or options of this launch may not have reached it. If its window does not respond, end it and start RetryDesk again.</numerusform>
            <numerusform>The RetryDesk already running did not answer within %n seconds, so the link or options of this launch may not have reached it. If its window does not respond, end it and start RetryDesk again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ActivityLogDialog</name>
    <message numerus="yes">
        <source>%n write(s) exported to %1.</source>
        <translation>
            <numerusform>%n write exported to %1.</numerusform>
            <numerusform>%n writes exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::BulkDryRunDialog</name>
    <message numerus="yes">
        <source>%n of those sent lack a field the rules need (the server did not send it): the server decides, and its refusals appear in the result list.</source>
        <translation>
            <numerusform>%n of those sent lacks a field the rules need (the server did not send it): the server decides, and its refusals appear in the result list.</numerusform>
            <numerusform>%n of those sent lack a field the rules need (the server did not send it): the server decides, and its refusals appear in the result list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::BulkProgressDialog</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::DashboardStatusBar</name>
    <message numerus="yes">
        <source>%n validation(s)</source>
        <translation>
            <numerusform>%n validation</numerusform>
            <numerusform>%n validations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::DeliveryTimelineView</name>
    <message numerus="yes">
        <source>%n deliveries: </source>
        <translation>
            <numerusform>%n delivery: </numerusform>
            <numerusform>%n deliveries: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::DetailPanel</name>
    <message numerus="yes">
        <source>%n attempt(s) could not be read</source>
        <translation>
            <numerusform>%n attempt could not be read</numerusform>
            <numerusform>%n attempts could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ListRetryConfirmDialog</name>
    <message numerus="yes">
        <source>Retry %n lists?</source>
        <translation>
            <numerusform>Retry %n list?</numerusform>
            <numerusform>Retry %n lists?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n lists</source>
        <translation>
            <numerusform>&amp;Retry %n list</numerusform>
            <numerusform>&amp;Retry %n lists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ListRetryResultsDialog</name>
    <message numerus="yes">
        <source>Retried %n list(s)</source>
        <translation>
            <numerusform>Retried %n list</numerusform>
            <numerusform>Retried %n lists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ListsScreen</name>
    <message numerus="yes">
        <source>&amp;Retry %n lists…</source>
        <translation>
            <numerusform>&amp;Retry %n list…</numerusform>
            <numerusform>&amp;Retry %n lists…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) exported to %1.</source>
        <translation>
            <numerusform>%n list exported to %1.</numerusform>
            <numerusform>%n lists exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress, next status check in %1 s</source>
        <translation>
            <numerusform>%n in progress, next status check in %1 s</numerusform>
            <numerusform>%n in progress, next status check in %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::OutboxPrompt</name>
    <message numerus="yes">
        <source>%n single write(s) resent and applied.</source>
        <translation>
            <numerusform>%n single write resent and applied.</numerusform>
            <numerusform>%n single writes resent and applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single write(s) being resent with their recorded keys…</source>
        <translation>
            <numerusform>%n single write being resent with its recorded key…</numerusform>
            <numerusform>%n single writes being resent with their recorded keys…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ValidationsScreen</name>
    <message numerus="yes">
        <source>%n validation(s) exported to %1.</source>
        <translation>
            <numerusform>%n validation exported to %1.</numerusform>
            <numerusform>%n validations exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::webhooks::WebhookReceiver</name>
    <message numerus="yes">
        <source>The inspector fails the first %n deliveries of each event.</source>
        <translation>
            <numerusform>The inspector fails the first delivery of each event.</numerusform>
            <numerusform>The inspector fails the first %n deliveries of each event.</numerusform>
        </translation>
    </message>
</context>
</TS>
