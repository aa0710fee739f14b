// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tco::ui {

/** A typed settings key, defined once (Tiled's Preference<T>, qBittorrent's SettingValue<T>). */
template<typename T>
class Setting
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue))
    {}
    T value() const
    {
        QSettings s;
        const QVariant v = s.value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &value) const
    {
        QSettings s;
        s.setValue(m_key, QVariant::fromValue(value));
    }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace settings {
extern const Setting<QByteArray> mainWindowGeometry;
extern const Setting<QByteArray> mainWindowState;
extern const Setting<QString> theme;              ///< "system", "light", "dark"
extern const Setting<QString> language;           ///< "en", "zh_CN"; empty: the system's
extern const Setting<QStringList> recentFiles;     ///< most recent first
extern const Setting<QString> lastDirectory;      ///< of the last open/save dialog
extern const Setting<int> staleAfterMonths; ///< catalog view: prices older than this are marked
} // namespace settings

} // namespace tco::ui
