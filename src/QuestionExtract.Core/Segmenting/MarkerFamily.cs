namespace QuestionExtract.Segmenting;

/// <summary>The kinds of question numbering a document can use; earlier members are more explicit.</summary>
public enum MarkerFamily
{
    /// <summary>第一题, 第1題</summary>
    Ordinal,
    /// <summary>问题1, 面试题2, Q1, Question 1</summary>
    QuestionWord,
    /// <summary>【问题】, 题目: — a question label without a number</summary>
    Labelled,
    /// <summary>1. 1、 1． ⒈</summary>
    Decimal,
    /// <summary>一、 二、 — a part's numeral, which numbers the questions themselves in some banks</summary>
    Numeral,
    /// <summary>1) (1) （1） ⑴</summary>
    Parenthesized,
    /// <summary>① ②</summary>
    Circled,
    /// <summary>• - * bullets (no number)</summary>
    Bullet,
    /// <summary>An unnumbered line that asks, with what answers it after it</summary>
    Asking,
}
