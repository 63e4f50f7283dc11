package dev.slicewise.adapter.llm.openai;

import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.conversation.Language;

/**
 * The honest answers of a design turn that ends without code, in the user's language: no engine runs the language
 * here, or the model's code did not run after one repair. The service never sends code it has not run.
 */
final class PartSentences {

    private PartSentences() {
    }

    /** No runner is configured for the language: the code could not be checked, so none is written. */
    static String noRunner(CodeLanguage code, Language language) {
        String name = name(code);
        return switch (language) {
            case EN -> "I can't design this part in " + name + " here: this service has no " + name + " engine to "
                    + "check the code, and I only send code that runs.";
            case ZH_CN -> "我现在无法用 " + name + " 设计这个零件：本服务没有可以检查代码的 " + name + " 引擎，而我只发送能运行的代码。";
            case ZH_TW -> "我現在無法用 " + name + " 設計這個零件：本服務沒有可以檢查程式碼的 " + name + " 引擎，而我只傳送能執行的程式碼。";
            case PT_BR -> "Não consigo projetar esta peça em " + name + " aqui: este serviço não tem um motor " + name
                    + " para verificar o código, e só envio código que funciona.";
            case ES -> "No puedo diseñar esta pieza en " + name + " aquí: este servicio no tiene un motor " + name
                    + " para comprobar el código, y solo envío código que funciona.";
            case DE -> "Ich kann dieses Teil hier nicht in " + name + " entwerfen: Dieser Dienst hat keine " + name
                    + "-Engine, um den Code zu prüfen, und ich sende nur Code, der läuft.";
            case FR -> "Je ne peux pas concevoir cette pièce en " + name + " ici : ce service n'a pas de moteur " + name
                    + " pour vérifier le code, et je n'envoie que du code qui fonctionne.";
            case IT -> "Non posso progettare questo pezzo in " + name + " qui: questo servizio non ha un motore " + name
                    + " per controllare il codice, e invio solo codice che funziona.";
            case RU -> "Я не могу спроектировать эту деталь на " + name + " здесь: в сервисе нет движка " + name
                    + " для проверки кода, а я отправляю только работающий код.";
        };
    }

    /** The model's code did not run, twice: no code is sent. */
    static String notBuilt(Language language) {
        return switch (language) {
            case EN -> "I couldn't write code for this part that runs, so I'm not sending any. Try describing the part "
                    + "more simply, or with its main dimensions.";
            case ZH_CN -> "我没能为这个零件写出可以运行的代码，所以不发送代码。请试着更简单地描述这个零件，或给出它的主要尺寸。";
            case ZH_TW -> "我沒能為這個零件寫出可以執行的程式碼，所以不傳送程式碼。請試著更簡單地描述這個零件，或提供它的主要尺寸。";
            case PT_BR -> "Não consegui escrever um código que funcione para esta peça, então não vou enviar nenhum. "
                    + "Tente descrever a peça de forma mais simples, ou com as medidas principais.";
            case ES -> "No he podido escribir un código que funcione para esta pieza, así que no envío ninguno. "
                    + "Prueba a describir la pieza de forma más sencilla, o con sus medidas principales.";
            case DE -> "Ich konnte für dieses Teil keinen lauffähigen Code schreiben, deshalb sende ich keinen. "
                    + "Beschreibe das Teil einfacher oder mit seinen Hauptmaßen.";
            case FR -> "Je n'ai pas réussi à écrire un code qui fonctionne pour cette pièce, je n'en envoie donc pas. "
                    + "Essayez de décrire la pièce plus simplement, ou avec ses dimensions principales.";
            case IT -> "Non sono riuscito a scrivere un codice funzionante per questo pezzo, quindi non ne invio. "
                    + "Prova a descrivere il pezzo in modo più semplice, o con le sue misure principali.";
            case RU -> "Мне не удалось написать для этой детали работающий код, поэтому я его не отправляю. "
                    + "Попробуйте описать деталь проще или указать её основные размеры.";
        };
    }

    private static String name(CodeLanguage code) {
        return switch (code) {
            case JSCAD -> "JSCAD";
            case OPENSCAD -> "OpenSCAD";
        };
    }
}
