package dev.groundwork.graph.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;

/**
 * A parameterized test run once for each {@link QuestionCase} of a JSON Lines resource on the test class's class
 * path, each case named by its behaviour and question, so that one broken line fails one case. For a table named at
 * compile time; a base class whose subclasses name their tables reads them with {@link QuestionCase#read} from a
 * {@code @MethodSource} instead.
 *
 * <pre>{@code
 * @QuestionTable("/sports-formats/questions.jsonl")
 * void answersOrDeclinesAsTheTableSays(QuestionCase question) {
 *     question.check(q -> { var r = qa.answer(q); return new QuestionCase.Reply(r.answered(), r.values(), r.answer().text()); });
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(QuestionTable.Cases.class)
public @interface QuestionTable {
    /** The resource, an absolute class-path name such as {@code /sports/questions.jsonl}. */
    String value();

    /** Reads the annotated test's table. */
    final class Cases extends AnnotationBasedArgumentsProvider<QuestionTable> {
        @Override
        protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
                QuestionTable table) {
            return QuestionCase.read(context.getRequiredTestClass(), table.value()).map(Arguments::of);
        }
    }
}
