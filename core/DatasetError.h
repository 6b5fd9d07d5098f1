#pragma once

#include <QString>

// A problem found in a dataset file, located to the character.
struct DatasetError
{
    QString fileName;
    int line = 0;  // 1-based; 0 when the whole file is concerned
    int column = 0;  // 1-based character column; 0 when the whole line is concerned
    QString message;  // what was found and what was expected

    // "file.csv:12:3: message", the form compilers use so editors can jump to it.
    QString toString() const;
};
