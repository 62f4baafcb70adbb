#include "settings/ProxyFactory.h"

#include <QHostAddress>

namespace rd::ui {

namespace {
bool isLocal(const QNetworkProxyQuery &query) {
    if (query.queryType() == QNetworkProxyQuery::TcpServer ||
        query.queryType() == QNetworkProxyQuery::UdpSocket) {
        return true; // an HTTP proxy cannot listen: QTcpServer (the sandbox) would fail to bind
    }
    const QString host = query.peerHostName();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive)) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ProxyFactory::ProxyFactory(AppSettings::ProxyMode mode, const QString &host, quint16 port)
    : m_mode(mode)
    , m_manual(QNetworkProxy::HttpProxy, host, port) {}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query) {
    if (isLocal(query) || m_mode == AppSettings::ProxyMode::None) {
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }
    if (m_mode == AppSettings::ProxyMode::Manual) {
        return {m_manual};
    }
    return systemProxyForQuery(query);
}

void ProxyFactory::install(const AppSettings::Values &settings) {
    QNetworkProxyFactory::setApplicationProxyFactory(
        new ProxyFactory(settings.proxyMode, settings.proxyHost, quint16(settings.proxyPort)));
}

} // namespace rd::ui
