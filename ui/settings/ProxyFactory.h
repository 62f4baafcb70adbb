// ProxyFactory: which proxy RetryDesk's requests go through — the system's (default), none, or a
// manual host:port — installed application-wide. Loopback and listening sockets never use one:
// the demo sandbox and a local test server must work whatever proxy is set.
#pragma once

#include "storage/AppSettings.h"

#include <QNetworkProxyFactory>

namespace rd::ui {

class ProxyFactory : public QNetworkProxyFactory {
public:
    ProxyFactory(AppSettings::ProxyMode mode, const QString &host, quint16 port);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Installs a factory for these settings for every request made from now on (Qt owns it).
    static void install(const AppSettings::Values &settings);

private:
    AppSettings::ProxyMode m_mode;
    QNetworkProxy m_manual;
};

} // namespace rd::ui
