#pragma once

// What a keyboard user meets: the Alt+letter mnemonics of the widgets on screen.

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>

// The letter after a single '&' in `text` ("&&" is a literal ampersand), lower case; a
// null QChar when there is none.
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Mnemonics that clash (two visible widgets of `root`'s window on one letter, the menu
// bar's titles among them) and ones that do not render as one (a label with an '&' but
// no buddy shows the '&' itself). Empty when all is well.
inline QStringList mnemonicProblems(QWidget *root)
{
    QStringList problems;
    QHash<QChar, QString> taken;
    auto take = [&](const QString &text, const QString &what) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            return;
        const QString plain = QString(text).remove(QLatin1Char('&'));
        if (const auto it = taken.constFind(letter); it != taken.cend()) {
            problems << QStringLiteral("Alt+%1: %2 and %3 (%4)")
                                .arg(letter.toUpper(), *it, plain, what);
            return;
        }
        taken.insert(letter, plain);
    };
    const auto visible = [root](const QWidget *widget) {
        return widget->isVisibleTo(root) || widget == root;
    };
    for (const QMenuBar *bar : root->findChildren<QMenuBar *>()) {
        if (!visible(bar))
            continue;
        for (const QAction *action : bar->actions())
            take(action->text(), QStringLiteral("menu"));
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!visible(label) || label->textFormat() == Qt::RichText
            || mnemonicOf(label->text()).isNull())
            continue;
        if (!label->buddy())
            problems << QStringLiteral("\"%1\" shows its '&': the label has no buddy")
                                .arg(label->text());
        else
            take(label->text(), QStringLiteral("label"));
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (visible(button))
            take(button->text(), QStringLiteral("button"));
    }
    for (const QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (visible(box))
            take(box->title(), QStringLiteral("group"));
    }
    for (const QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!visible(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            take(tabs->tabText(i), QStringLiteral("tab"));
    }
    return problems;
}

// Clashes among one menu's items (and, walking down, its submenus').
inline QStringList menuMnemonicProblems(const QMenu *menu)
{
    QStringList problems;
    QHash<QChar, QString> taken;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonicOf(action->text());
        const QString plain = QString(action->text()).remove(QLatin1Char('&'));
        if (!letter.isNull()) {
            if (taken.contains(letter))
                problems << QStringLiteral("%1: Alt+%2 is %3 and %4")
                                    .arg(menu->title().remove(QLatin1Char('&')), letter.toUpper(),
                                         taken.value(letter), plain);
            else
                taken.insert(letter, plain);
        }
        if (action->menu())
            problems << menuMnemonicProblems(action->menu());
    }
    return problems;
}
