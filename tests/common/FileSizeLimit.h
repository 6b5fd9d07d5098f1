#pragma once

// A full disk, as far as this process is concerned: while a FileSizeLimit lives, writing
// past `bytes` into any file fails (EFBIG), as writing to a full file system fails with
// ENOSPC. SIGXFSZ is ignored meanwhile, so the write fails instead of the process.

#include <csignal>
#include <sys/resource.h>

class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        if (::getrlimit(RLIMIT_FSIZE, &m_saved) != 0)
            return;
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_active)
            ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    rlimit m_saved {};
    void (*m_handler)(int) = SIG_DFL;
    bool m_active = false;
};
