import { ApiProperty } from '@nestjs/swagger';
import { CATEGORIES, LANGUAGES, type Category, type Language } from '../translation';

class FixResponse {
  @ApiProperty() title: string;
  @ApiProperty({ type: [String] }) steps: string[];
  @ApiProperty({ type: String, nullable: true }) code: string | null;
}

class ReferenceResponse {
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uri' }) url: string;
}

/** An answer of POST /translate, for the document's examples. */
export const TRANSLATION_EXAMPLE = {
  language: 'python',
  error_type: 'ModuleNotFoundError',
  category: 'dependency',
  summary: "Python cannot find the module 'requests'.",
  explanation: 'The import statement names a module that is not installed in the Python environment running the program.',
  causes: ['The package is not installed', 'The program runs in another virtual environment than the one it was installed in'],
  fixes: [
    { title: 'Install the package', steps: ['Install it into the environment that runs the program.'], code: 'python -m pip install requests' },
  ],
  references: [{ title: 'Installing packages', url: 'https://packaging.python.org/en/latest/tutorials/installing-packages/' }],
  confidence: 0.95,
  engine: 'rules',
  answer_id: 'AQABmZ8k3hM1q2x9Lw3oVn6XQ0u4e1n3dG0mLQAAgXB5dGhvbi5tb2R1bGUtbm90LWZvdW5kE01vZHVsZU5vdEZvdW5kRXJyb3I.3q2-7wAAAAAAAAAAAAAAAA',
};

/** The answer of POST /translate, for the OpenAPI document. */
export class TranslationResponse {
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ example: 'ModuleNotFoundError' }) error_type: string;
  @ApiProperty({ enum: CATEGORIES }) category: Category;
  @ApiProperty() summary: string;
  @ApiProperty() explanation: string;
  @ApiProperty({ type: [String] }) causes: string[];
  @ApiProperty({ type: [FixResponse] }) fixes: FixResponse[];
  @ApiProperty({ type: [ReferenceResponse] }) references: ReferenceResponse[];
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence: number;
  @ApiProperty({ example: 'rules' }) engine: string;
  @ApiProperty({
    description:
      'Opaque id of this answer, signed by the server: send it to POST /translate/feedback (within ANSWER_FEEDBACK_WINDOW, 30 days by default) to rate the answer',
    example: 'AQABmZ8k3hM1q2x9Lw3oVn6XQ0u4e1n3dG0mLQAAgXB5dGhvbi5tb2R1bGUtbm90LWZvdW5kE01vZHVsZU5vdEZvdW5kRXJyb3I.3q2-7wAAAAAAAAAAAAAAAA',
    maxLength: 311,
  })
  answer_id: string;
}
