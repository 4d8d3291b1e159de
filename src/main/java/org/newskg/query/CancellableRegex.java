package org.newskg.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} with the same meaning as Jena's ({@link E_Regex},
 * {@link E_StrReplace}: Java's regular expressions, flags {@code smixq}), but matched on text that stops the
 * match when the query is cancelled, so that a time limit also ends a catastrophic pattern.
 */
final class CancellableRegex {
    private CancellableRegex() {
    }

    /**
     * A function over a text whose second argument is a pattern and one argument, if given, its flags: the
     * pattern is compiled once when it is a constant, and the text is read through {@link CancellableText}.
     */
    abstract static class OnText extends ExprFunctionN {
        private final String label;
        private final int flags;
        private final Pattern constant;

        OnText(String name, String label, int flagsAt, ExprList args) {
            super(name, args);
            this.label = label;
            this.flags = args.size() > flagsAt ? flagsAt : -1;
            this.constant = constantPattern(args, 1, flags, label);
        }

        @Override
        public final NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral(label, args.get(0));
            Pattern p = constant != null ? constant : pattern(args, 1, flags, label);
            return apply(p, new CancellableText(text.getLiteralLexicalForm(), signal(env)), args);
        }

        abstract NodeValue apply(Pattern p, CancellableText text, List<NodeValue> args);

        @Override
        public final NodeValue eval(List<NodeValue> args) {
            throw new IllegalStateException(label + " needs its execution context");
        }
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    static final class Match extends OnText {
        Match(ExprList args) {
            super("regex", "REGEX", 2, args);
        }

        @Override
        NodeValue apply(Pattern p, CancellableText text, List<NodeValue> args) {
            return p.matcher(text).find() ? NodeValue.TRUE : NodeValue.FALSE;
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Match(newArgs);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}. */
    static final class Replace extends OnText {
        Replace(ExprList args) {
            super("replace", "REPLACE", 3, args);
        }

        @Override
        NodeValue apply(Pattern p, CancellableText text, List<NodeValue> args) {
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            String lexical = text.toString();
            String replaced = replaceAll(p.matcher(text), replacement);
            if (replaced == null || replaced.equals(lexical)) {
                return args.get(0);
            }
            String lang = args.get(0).asNode().getLiteralLanguage();
            return lang.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeLangString(replaced, lang);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }

        /** As Jena's: one empty match at most, then only non-empty ones; null when nothing matched. */
        private static String replaceAll(Matcher m, String replacement) {
            StringBuilder sb = null;
            try {
                while (m.find()) {
                    if (sb == null) {
                        sb = new StringBuilder();
                    } else if (m.start() == m.end()) {
                        continue;
                    }
                    m.appendReplacement(sb, replacement);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (sb == null) {
                return null;
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }

    private static AtomicBoolean signal(FunctionEnv env) {
        AtomicBoolean s = env == null ? null : Context.getCancelSignal(env.getContext());
        return s != null ? s : new AtomicBoolean();
    }

    private static Pattern constantPattern(ExprList args, int pattern, int flags, String label) {
        Expr p = args.get(pattern);
        Expr f = flags < 0 ? null : args.get(flags);
        if (!p.isConstant() || !p.getConstant().isString() || (f != null && !(f.isConstant() && f.getConstant().isString()))) {
            return null;
        }
        return RegexEngine.makePattern(label, p.getConstant().getString(), f == null ? null : f.getConstant().getString());
    }

    private static Pattern pattern(List<NodeValue> args, int pattern, int flags, String label) {
        String p = NodeValueOps.checkAndGetStringLiteral(label, args.get(pattern)).getLiteralLexicalForm();
        String f = flags < 0 ? null : NodeValueOps.checkAndGetStringLiteral(label, args.get(flags)).getLiteralLexicalForm();
        return RegexEngine.makePattern(label, p, f);
    }
}
