#pragma once

#include <bit>
#include <cstdint>
#include <QtGlobal>
#include <vector>

namespace parapet::netpol {

/// A fixed-size set of small integers (pod class indexes, IP atoms) as 64-bit words: selector
/// results are computed once per class and combined with word-wide OR/AND.
class DynamicBitset
{
public:
    DynamicBitset() = default;
    explicit DynamicBitset(std::size_t size, bool value = false)
        : m_size(size)
        , m_words((size + 63) / 64, value ? ~std::uint64_t(0) : 0)
    {
        trim();
    }

    std::size_t size() const { return m_size; }
    bool test(std::size_t i) const { return (m_words[i >> 6] >> (i & 63)) & 1u; }
    void set(std::size_t i) { m_words[i >> 6] |= std::uint64_t(1) << (i & 63); }
    void reset(std::size_t i) { m_words[i >> 6] &= ~(std::uint64_t(1) << (i & 63)); }

    DynamicBitset &operator|=(const DynamicBitset &o)
    {
        for (std::size_t w = 0; w < m_words.size(); ++w)
            m_words[w] |= o.m_words[w];
        return *this;
    }
    DynamicBitset &operator&=(const DynamicBitset &o)
    {
        for (std::size_t w = 0; w < m_words.size(); ++w)
            m_words[w] &= o.m_words[w];
        return *this;
    }
    bool any() const
    {
        for (std::uint64_t w : m_words)
            if (w)
                return true;
        return false;
    }
    bool none() const { return !any(); }
    bool all() const { return count() == m_size; }
    std::size_t count() const
    {
        std::size_t n = 0;
        for (std::uint64_t w : m_words)
            n += std::size_t(std::popcount(w));
        return n;
    }
    bool intersects(const DynamicBitset &o) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w)
            if (m_words[w] & o.m_words[w])
                return true;
        return false;
    }
    /// Calls \a f(index) for every set bit, in increasing order.
    template <typename F> void forEach(F &&f) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            std::uint64_t bits = m_words[w];
            while (bits) {
                const int b = std::countr_zero(bits);
                f(w * 64 + std::size_t(b));
                bits &= bits - 1;
            }
        }
    }
    bool operator==(const DynamicBitset &) const = default;

private:
    void trim()
    {
        if (m_size % 64 && !m_words.empty())
            m_words.back() &= (std::uint64_t(1) << (m_size % 64)) - 1;
    }

    std::size_t m_size = 0;
    std::vector<std::uint64_t> m_words;
};

} // namespace parapet::netpol
