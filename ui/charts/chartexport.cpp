// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

#include <memory>

namespace tco::ui {

namespace {

/** Lays the chart out at @p size in its scene for the lifetime of the object, then restores it. */
class ExportLayout
{
public:
    ExportLayout(QChart *chart, QSize size)
        : m_chart(chart)
        , m_scene(chart->scene())
        , m_oldSize(chart->size())
        , m_oldPos(chart->pos())
    {
        if (!m_scene) {
            m_ownScene = std::make_unique<QGraphicsScene>();
            m_ownScene->addItem(chart);
            m_scene = m_ownScene.get();
        }
        m_oldSceneRect = m_scene->sceneRect();
        m_chart->setPos(0.0, 0.0);
        m_chart->resize(QSizeF(size));
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
        m_scene->setSceneRect(QRectF(QPointF(0.0, 0.0), QSizeF(size)));
    }
    ~ExportLayout()
    {
        if (m_ownScene) {
            m_ownScene->removeItem(m_chart);
        } else {
            m_scene->setSceneRect(m_oldSceneRect);
        }
        m_chart->setPos(m_oldPos);
        m_chart->resize(m_oldSize);
    }
    ExportLayout(const ExportLayout &) = delete;
    ExportLayout &operator=(const ExportLayout &) = delete;

    void render(QPainter *painter, QSize size)
    {
        const QRectF target(QPointF(0.0, 0.0), QSizeF(size));
        // The window colour of the view showing the chart (the theme follows it), else the app's.
        const QList<QGraphicsView *> views = m_scene->views();
        const QPalette palette = views.isEmpty() ? QGuiApplication::palette() : views.first()->palette();
        painter->fillRect(target, palette.color(QPalette::Window));
        m_scene->render(painter, target, target, Qt::IgnoreAspectRatio);
    }

private:
    QChart *m_chart;
    QGraphicsScene *m_scene;
    std::unique_ptr<QGraphicsScene> m_ownScene;
    QSizeF m_oldSize;
    QPointF m_oldPos;
    QRectF m_oldSceneRect;
};

} // namespace

bool saveChartPng(QChart *chart, const QString &path, QSize size)
{
    if (!chart || size.isEmpty() || path.isEmpty())
        return false;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        ExportLayout layout(chart, size);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        layout.render(&painter, size);
    }
    return image.save(path, "PNG");
}

bool saveChartSvg(QChart *chart, const QString &path, QSize size)
{
    if (!chart || size.isEmpty() || path.isEmpty())
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart->title());
    {
        ExportLayout layout(chart, size);
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        layout.render(&painter, size);
        if (!painter.end())
            return false;
    }
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

} // namespace tco::ui
